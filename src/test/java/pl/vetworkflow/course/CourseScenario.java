package pl.vetworkflow.course;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import pl.vetworkflow.testsupport.CaseScenario;

/**
 * Drives course cases through the Java API as the demo users (authenticated with their groups, so
 * the form guard's role, school and validation checks apply as in production).
 */
final class CourseScenario extends CaseScenario {
  private final ManagementService management;

  CourseScenario(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management) {
    super(runtime, tasks, identity);
    this.management = management;
  }

  ProcessInstance request(String userId, Map<String, Object> variables) {
    return start(userId, CourseVariables.PROCESS_KEY, variables);
  }

  /** Fires the timer job of {@code activityId} in the case (or its called process). */
  void fire(ProcessInstance instance, String activityId) {
    List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
    if (jobs.isEmpty()) {
      String sub = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list().stream()
          .map(ProcessInstance::getId).findFirst().orElse(null);
      jobs = sub == null ? List.of() : management.createJobQuery().processInstanceId(sub).activityId(activityId).list();
    }
    if (jobs.size() != 1) {
      throw new AssertionError("expected one job of '" + activityId + "', found " + jobs.size());
    }
    management.executeJob(jobs.get(0).getId());
  }

  /** The course starts: the clock moves to the start day and the changes task's timer fires. */
  void courseStarts(ProcessInstance instance) {
    clock(CourseForms.START);
    fire(instance, "courseStarts");
  }

  /** The course ends: the clock moves past the end day and the waiting timer fires. */
  void courseEnds(ProcessInstance instance) {
    clock(CourseForms.END.plusDays(2));
    fire(instance, "courseEnded");
  }
}
