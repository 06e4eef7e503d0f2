package pl.vetworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.vetworkflow.notification.OverdueTaskReminders.Due;
import pl.vetworkflow.notification.ReminderLog.Outcome;
import pl.vetworkflow.notification.ReminderRules.Plan;
import pl.vetworkflow.notification.ReminderRules.Table;

/**
 * The reminder rules as shipped (processes/task-reminders.dmn, read and evaluated as the job does)
 * for every user task of every model, and the job's choice of the due steps.
 */
class ReminderRulesTest {
  private static final Pattern DAYS = Pattern.compile("P(\\d+)D");
  private static Table rules;

  @BeforeAll
  static void readRules() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("processes", "task-reminders.dmn"))) {
      rules = ReminderRules.parse(in, null);
    }
  }

  /** Every user task of every model, as "process#task" with its due date expression. */
  static Map<String, String> userTasks() throws IOException {
    Map<String, String> tasks = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String process = model.getModelElementsByType(Process.class).iterator().next().getId();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          tasks.put(process + "#" + task.getId(), task.getCamundaDueDate());
        }
      }
    }
    return tasks;
  }

  static Plan plan(String processAndTask) {
    String[] part = processAndTask.split("#");
    return rules.plan(part[0], part[1]);
  }

  /** A plan as "R0 R5 E14": kind initial and days after the due date, in step order. */
  static String steps(Plan plan) {
    return plan.steps().stream().map(s -> s.kind().name().charAt(0) + Integer.toString(s.daysAfterDue()))
        .collect(Collectors.joining(" "));
  }

  @Test
  void everyUserTaskOfEveryModelGetsAPlanFromItsRowOrTheDefaultThatHasStepsOrIsNone() throws IOException {
    Map<String, String> tasks = userTasks();
    assertThat(tasks).hasSizeGreaterThan(40);
    List<String> problems = new ArrayList<>();
    for (String task : tasks.keySet()) {
      Plan plan = plan(task);
      if (plan.steps().isEmpty() != plan.name().equals(ReminderRules.NO_REMINDERS)) {
        problems.add(task + ": plan '" + plan.name() + "' with steps [" + steps(plan) + "]");
      }
      if (plan.steps().stream().map(ReminderStep::step).distinct().count() != plan.steps().size()) {
        problems.add(task + ": a step number twice");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aTaskWithoutARowGetsTheDefaultPlan() {
    Plan plan = rules.plan("a-new-process", "aNewTask");
    assertThat(plan.name()).isEqualTo("every-7-days");
    assertThat(steps(plan)).isEqualTo("R0 R7 R14");
    assertThat(plan.steps()).extracting(ReminderStep::step).containsExactly(1, 2, 3);
    // a new task of a known process too
    assertThat(rules.plan("student-internship", "aNewTask").name()).isEqualTo("every-7-days");
  }

  /**
   * What the models' timers did before the job: a task due a fixed period after it starts was
   * reminded at the due date and twice more, a period apart (R3/&lt;period&gt;).
   */
  @Test
  void aTaskDueAFixedPeriodAfterItStartsIsRemindedAtTheDueDateAndTwiceMoreAPeriodApart() throws IOException {
    Set<String> withEscalation = Set.of("equipment-procurement#correctRequest", "equipment-procurement#recordAssets",
        "equipment-procurement#recordInvoice");
    // acknowledgements, and the monitoring data (a weekly digest tells schools what is missing)
    Set<String> without = Set.of("student-internship#notifyRejection", "teacher-internship#notifyRejection",
        "participant-data#enterEntryData", "participant-data#enterExitData");
    int checked = 0;
    for (Map.Entry<String, String> task : userTasks().entrySet()) {
      Matcher days = DAYS.matcher(task.getValue());
      if (!days.matches() || without.contains(task.getKey()) || withEscalation.contains(task.getKey())) {
        continue;
      }
      int period = Integer.parseInt(days.group(1));
      assertThat(steps(plan(task.getKey()))).as(task.getKey() + " due " + task.getValue())
          .isEqualTo("R0 R" + period + " R" + 2 * period);
      checked++;
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void theOtherTasksKeepTheirRemindersAndEscalations() {
    Map<String, String> expected = new LinkedHashMap<>();
    // a school's tasks in a procurement: the coordinators are told 14 days after the due date
    expected.put("equipment-procurement#correctRequest", "R0 R7 R14 E14");
    expected.put("equipment-procurement#recordAssets", "R0 E14 R14 R28");
    expected.put("equipment-procurement#recordInvoice", "R0 E14 R14 R28");
    // due dates from case dates: one reminder at the due date, then the escalation
    expected.put("equipment-procurement#confirmDelivery", "R0 E14");
    // the supplier missed the remedy deadline: the coordinators are told on the due date (was escalateRemedy)
    expected.put("equipment-procurement#confirmRemedy", "R0 E0");
    expected.put("course#enrolParticipants", "R0 R7 R14");
    // acknowledgements and tasks that a timer of the model closes: nothing
    expected.put("student-internship#notifyRejection", "");
    expected.put("teacher-internship#notifyRejection", "");
    expected.put("student-internship#internshipRunning", "");
    expected.put("teacher-internship#internshipRunning", "");
    expected.put("course#changeEnrolment", "");
    // the monitoring data: no reminders (they come in numbers; a weekly digest lists what is missing)
    expected.put("participant-data#enterEntryData", "");
    expected.put("participant-data#enterExitData", "");
    Map<String, String> actual = new LinkedHashMap<>();
    expected.keySet().forEach(task -> actual.put(task, steps(plan(task))));
    assertThat(actual).isEqualTo(expected);
  }

  // ---------------------------------------------------------------- the steps due at a run

  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  static final Instant DUE = ZonedDateTime.of(2026, 3, 20, 9, 0, 0, 0, WARSAW).toInstant();
  static final List<ReminderStep> ESCALATING = List.of(new ReminderStep(1, 0, NotificationKind.REMINDER),
      new ReminderStep(2, 7, NotificationKind.REMINDER), new ReminderStep(3, 14, NotificationKind.REMINDER),
      new ReminderStep(4, 14, NotificationKind.ESCALATION));

  static List<String> due(Set<Integer> recorded, ZonedDateTime now) {
    return OverdueTaskReminders.dueSteps(ESCALATING, recorded, DUE, WARSAW, now.toInstant()).stream()
        .map(d -> d.step().step() + ":" + d.outcome()).toList();
  }

  static ZonedDateTime daysAfterDue(int days, int hour) {
    return DUE.atZone(WARSAW).plusDays(days).withHour(hour);
  }

  @Test
  void eachStepIsDueFromItsDayOnAndOnlyUntilItIsRecorded() {
    assertThat(due(Set.of(), daysAfterDue(0, 8))).isEmpty();
    assertThat(due(Set.of(), daysAfterDue(0, 9))).containsExactly("1:SENT");
    assertThat(due(Set.of(1), daysAfterDue(6, 23))).isEmpty();
    assertThat(due(Set.of(1), daysAfterDue(7, 9))).containsExactly("2:SENT");
    // 20 March → 3 April: the clocks went forward on 29 March, the days are counted in Warsaw time
    assertThat(due(Set.of(1, 2), daysAfterDue(14, 8))).isEmpty();
    assertThat(due(Set.of(1, 2), daysAfterDue(14, 9))).containsExactly("3:SENT", "4:SENT");
    assertThat(due(Set.of(1, 2, 3, 4), daysAfterDue(400, 9))).isEmpty();
  }

  @Test
  void afterAPauseOnlyTheLatestDueStepOfEachKindIsSentTheEarlierAreSuperseded() {
    assertThat(due(Set.of(), daysAfterDue(8, 9))).containsExactly("1:SUPERSEDED", "2:SENT");
    assertThat(due(Set.of(), daysAfterDue(30, 9))).containsExactly("1:SUPERSEDED", "2:SUPERSEDED", "3:SENT", "4:SENT");
    // a step added to the plan later, before one already sent: superseded, not sent out of order
    assertThat(due(Set.of(2, 3, 4), daysAfterDue(30, 9))).containsExactly("1:SUPERSEDED");
    List<Due> none = OverdueTaskReminders.dueSteps(List.of(), Set.of(), DUE, WARSAW, Instant.MAX);
    assertThat(none).isEmpty();
    assertThat(Outcome.values()).containsExactly(Outcome.SENT, Outcome.SUPERSEDED);
  }
}
