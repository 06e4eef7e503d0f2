package pl.vetworkflow.procurement;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import pl.vetworkflow.engine.EngineClock;

/** Drives procurement cases through the engine's Java API (forms are still validated by the guard). */
final class ProcurementProcessTestSupport {
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  ProcurementProcessTestSupport(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  static void setToday(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ProcurementCalendar.ZONE).toInstant()));
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.ZONE);
  }

  /** Moves the engine clock on by whole days. */
  static void advanceDays(int days) {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(ProcurementCalendar.ZONE);
    ClockUtil.setCurrentTime(Date.from(now.plusDays(days).toInstant()));
  }

  ProcessInstance start(Map<String, Object> request) {
    return runtime.startProcessInstanceByKey(EquipmentProcurementVariables.PROCESS_KEY, request);
  }

  /** The open task of this case (main process or its supplier selection: both carry the business key). */
  Task task(ProcessInstance pi, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey(pi)).taskDefinitionKey(taskKey).singleResult();
  }

  void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
    Task task = task(pi, taskKey);
    if (task == null) {
      throw new AssertionError("no open task '" + taskKey + "' in case " + businessKey(pi));
    }
    tasks.complete(task.getId(), variables);
  }

  String businessKey(ProcessInstance pi) {
    return runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult() != null
        ? runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey()
        : pi.getBusinessKey();
  }

  ProcessInstance selection(ProcessInstance pi) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  /** Fires the timer of {@code activityId} in the case's supplier selection or in the case itself. */
  void fireTimer(ProcessInstance pi, String activityId) {
    ProcessInstance sub = selection(pi);
    String instanceId = sub != null ? sub.getId() : pi.getId();
    Job job = management.createJobQuery().processInstanceId(instanceId).activityId(activityId).singleResult();
    if (job == null) {
      throw new AssertionError("no timer '" + activityId + "' waiting in case " + businessKey(pi));
    }
    management.executeJob(job.getId());
  }

  Object variable(ProcessInstance pi, String name) {
    return runtime.getVariable(pi.getId(), name);
  }

  Object selectionVariable(ProcessInstance pi, String name) {
    return runtime.getVariable(selection(pi).getId(), name);
  }
}
