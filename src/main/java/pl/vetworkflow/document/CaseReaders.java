package pl.vetworkflow.document;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may see a case's documents: exactly who may read the case in the engine (the school that
 * submitted it, the employer it was placed with once it confirmed, the programme office, accounting,
 * administrators). Asked through the engine's own authorization checks, as the user: a case the user
 * may not read is not found, just like a case that does not exist.
 */
@Component
public class CaseReaders {
  private final IdentityService identity;
  private final HistoryService history;
  private final TaskService tasks;

  public CaseReaders(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.history = engine.getHistoryService();
    this.tasks = engine.getTaskService();
  }

  /** The case numbered {@code caseNumber}, if the user may read it. */
  public Optional<CaseRef> byNumber(String userId, String caseNumber) {
    return asUser(userId, () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .rootProcessInstances().listPage(0, 1).stream().findFirst().map(CaseReaders::ref));
  }

  /** The case of process instance {@code processInstanceId} (or of the case that called it), if the user may read it. */
  public Optional<CaseRef> byInstance(String userId, String processInstanceId) {
    return asUser(userId, () -> rootOf(processInstanceId));
  }

  /**
   * The case of a task the user can see (as Tasklist shows it), if the user may read the case: an
   * employer asked to confirm a placement sees the task before it may read the case.
   */
  public Optional<CaseRef> byTask(String userId, String taskId) {
    return asUser(userId, () -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      return task == null || task.getProcessInstanceId() == null ? Optional.empty()
          : rootOf(task.getProcessInstanceId());
    });
  }

  /** Whether the user sees the task (as Tasklist shows it). */
  public boolean seesTask(String userId, String taskId) {
    return asUser(userId, () -> tasks.createTaskQuery().taskId(taskId).count() > 0);
  }

  private Optional<CaseRef> rootOf(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    if (instance.getRootProcessInstanceId() == null || instance.getRootProcessInstanceId().equals(instance.getId())) {
      return Optional.of(ref(instance));
    }
    return Optional.ofNullable(history.createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getRootProcessInstanceId()).singleResult()).map(CaseReaders::ref);
  }

  private static CaseRef ref(HistoricProcessInstance instance) {
    return new CaseRef(instance.getId(), instance.getBusinessKey(), instance.getProcessDefinitionKey());
  }

  /** Runs the query as the user; called from the application's own API, where no engine user is set. */
  private <T> T asUser(String userId, Supplier<T> query) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return query.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
