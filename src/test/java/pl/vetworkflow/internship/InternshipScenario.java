package pl.vetworkflow.internship;

import pl.vetworkflow.participant.Pesel;
import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import pl.vetworkflow.testsupport.CaseScenario;
import pl.vetworkflow.testsupport.ReminderJob;

/**
 * Drives internships (student and teacher) through the Java API as the demo users (authenticated with their
 * groups, so the form guard's role and school checks apply as in production).
 */
final class InternshipScenario extends CaseScenario {
  static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 2);
  static final LocalDate START = LocalDate.of(2026, 4, 1);
  static final LocalDate END = LocalDate.of(2026, 5, 29);
  static final String ADULT_PESEL = Pesel.of(LocalDate.of(2007, 1, 15), 1234).value();
  static final String MINOR_PESEL = Pesel.of(LocalDate.of(2010, 5, 5), 4321).value();

  private final ManagementService management;
  private final ReminderJob reminders;

  InternshipScenario(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management,
      ReminderJob reminders) {
    super(runtime, tasks, identity);
    this.management = management;
    this.reminders = reminders;
  }

  static Map<String, Object> application(String pesel, String employerId) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(STUDENT_FIRST_NAME, "Jan");
    v.put(STUDENT_LAST_NAME, "Kowalski");
    v.put(STUDENT_PESEL, pesel);
    v.put(SCHOOL_ID, "1");
    v.put(STUDENT_CLASS, "3TM");
    v.put(PROFESSION, "technik mechanik");
    v.put(STUDENT_EMAIL, "jan.kowalski@uczen.example.pl");
    v.put(STUDENT_PHONE, "600 100 200");
    v.put(JUVENILE_WORKER, false);
    if (employerId != null) {
      v.put(EMPLOYER_ID, employerId);
    }
    v.put(PLANNED_START_DATE, START.toString());
    v.put(PLANNED_END_DATE, END.toString());
    v.put(PLANNED_HOURS, 150L);
    v.put(PRIVACY_NOTICE_ACKNOWLEDGED, true);
    return v;
  }

  static Map<String, Object> withGuardian(Map<String, Object> v) {
    v.put(GUARDIAN_NAME, "Anna Kowalska");
    v.put(GUARDIAN_PHONE, "601 200 300");
    return v;
  }

  ProcessInstance submit(String userId, Map<String, Object> variables) {
    return submit(userId, PROCESS_KEY, variables);
  }

  ProcessInstance submit(String userId, String processKey, Map<String, Object> variables) {
    return start(userId, processKey, variables);
  }

  /**
   * Runs the reminder job an hour after the due date of the open task {@code key} (the clock is set
   * back afterwards); returns whether the task has had its first reminder (its rules may give it none).
   */
  boolean remindAtDue(ProcessInstance instance, String key) {
    return reminders.remindedAtDue(task(instance, key));
  }

  /** Lets the planned end pass: the interrupting timer on the running internship fires. */
  void reachPlannedEnd(ProcessInstance instance) {
    reachPlannedEnd(instance, END);
  }

  void reachPlannedEnd(ProcessInstance instance, LocalDate plannedEnd) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId("plannedEndReached")
        .singleResult();
    clock(plannedEnd.plusDays(3));
    management.executeJob(job.getId());
  }
}
