package pl.vetworkflow.course;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives course cases through the Java API as the demo users (authenticated with their groups, so
 * the form guard's role, school and validation checks apply as in production).
 */
final class CourseScenario {
  static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;

  CourseScenario(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
  }

  static void clock(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
  }

  <T> T as(String userId, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  ProcessInstance request(String userId, Map<String, Object> variables) {
    return as(userId, () -> runtime.startProcessInstanceByKey(CourseVariables.PROCESS_KEY, variables));
  }

  /** The single open task with this definition key in the case or its called supplier selection. */
  Task task(ProcessInstance instance, String key) {
    List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .taskDefinitionKey(key).list();
    if (found.size() != 1) {
      throw new AssertionError("expected one open task '" + key + "', found " + found.size() + "; open: "
          + tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).list().stream()
              .map(Task::getTaskDefinitionKey).toList());
    }
    return found.get(0);
  }

  void complete(String userId, ProcessInstance instance, String key, Map<String, Object> variables) {
    Task task = task(instance, key);
    as(userId, () -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
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
