package pl.vetworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * The rules every product model follows: a user task has a Polish name, a due date, a candidate
 * group or assignee (never everyone), and a Camunda Form from forms/; every process and decision
 * has a history time to live; file names match the process keys.
 */
class ModelConventionsTest {
  private static List<Path> files(String dir, String extension) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(dir))) {
      return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  @Test
  void everyUserTaskHasNameDueDateRoutingAndADeployedForm() throws IOException {
    Set<String> forms = new HashSet<>();
    for (Path form : files("forms", ".form")) {
      forms.add(form.getFileName().toString().replace(".form", ""));
    }
    List<String> problems = new ArrayList<>();
    int userTasks = 0;
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        userTasks++;
        String where = file.getFileName() + "#" + task.getId();
        if (task.getName() == null || task.getName().isBlank()) {
          problems.add(where + ": no name");
        }
        if (task.getCamundaDueDate() == null || task.getCamundaDueDate().isBlank()) {
          problems.add(where + ": no due date");
        }
        if (isBlank(task.getCamundaCandidateGroups()) && isBlank(task.getCamundaAssignee())
            && isBlank(task.getCamundaCandidateUsers())) {
          problems.add(where + ": nobody to do it");
        }
        if (task.getCamundaFormRef() == null || !forms.contains(task.getCamundaFormRef())) {
          problems.add(where + ": no Camunda Form from forms/ (" + task.getCamundaFormRef() + ")");
        }
      }
    }
    assertThat(userTasks).isGreaterThan(40);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyProcessAndDecisionKeepsHistoryForAFixedTimeAndIsNamedByItsKey() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files("processes", ".bpmn")) {
      List<Process> executable = Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable).toList();
      assertThat(executable).as(file.toString()).hasSize(1);
      Process process = executable.get(0);
      if (!file.getFileName().toString().equals(process.getId() + ".bpmn")) {
        problems.add(file + ": file is not named by the process key " + process.getId());
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(file + ": no history time to live");
      }
    }
    for (Path file : files("processes", ".dmn")) {
      for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
        if (decision.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(file + "#" + decision.getId() + ": no history time to live");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Reminders and escalations are the reminder job's (rules in processes/task-reminders.dmn), not
   * the models': a timer in a model changes the flow (an interrupting boundary event or a waiting
   * intermediate event), and no model calls the retired reminder beans.
   */
  @Test
  void noModelCarriesReminderTimers() throws IOException {
    List<String> problems = new ArrayList<>();
    int timers = 0;
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        timers++;
        if (timer.getParentElement() instanceof BoundaryEvent boundary && !boundary.cancelActivity()) {
          problems.add(file.getFileName() + "#" + boundary.getId() + ": a non-interrupting timer");
        }
      }
      String xml = Files.readString(file);
      for (String retired : List.of("taskReminder", "sendOverdueReminders")) {
        if (xml.contains(retired)) {
          problems.add(file.getFileName() + ": calls " + retired);
        }
      }
    }
    assertThat(timers).as("the timers that move cases on").isEqualTo(5);
    assertThat(problems).isEmpty();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
