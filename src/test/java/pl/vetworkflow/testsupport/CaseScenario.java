package pl.vetworkflow.testsupport;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.document.RequiredDocuments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives cases through the Java API as the demo users: authenticated with their groups, so the
 * engine's authorizations and the form guard's role, organisation and validation checks apply as in
 * production. Processes add their own steps in subclasses.
 */
public class CaseScenario {
  public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

  protected final RuntimeService runtime;
  protected final TaskService tasks;
  protected final IdentityService identity;
  private int completions;
  private Attachments attachments;
  private HistoryService history;
  private RepositoryService repository;

  public CaseScenario(RuntimeService runtime, TaskService tasks, IdentityService identity) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** Sets the engine clock to 9:00 (Warsaw) of {@code day}; reset it with ClockUtil.reset(). */
  public static void clock(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
  }

  public <T> T as(String userId, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public ProcessInstance start(String userId, String processKey, Map<String, Object> variables) {
    return as(userId, () -> runtime.startProcessInstanceByKey(processKey, variables));
  }

  /** The single open task with this definition key in the case or in a process it called. */
  public Task task(ProcessInstance instance, String key) {
    List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .taskDefinitionKey(key).list();
    if (found.size() != 1) {
      throw new AssertionError("expected one open task '" + key + "', found " + found.size() + "; open: "
          + tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).list().stream()
              .map(Task::getTaskDefinitionKey).toList());
    }
    return found.get(0);
  }

  /**
   * The user attaches the scans a step needs ({@code vet.requiresDocument}) before completing it,
   * as they would from its "Dokumenty" tab.
   */
  public CaseScenario attachingScans(Attachments attachments, HistoryService history, RepositoryService repository) {
    this.attachments = attachments;
    this.history = history;
    this.repository = repository;
    return this;
  }

  public void complete(String userId, ProcessInstance instance, String key, Map<String, Object> variables) {
    Task task = task(instance, key);
    attachRequiredScans(userId, task);
    as(userId, () -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
    completions++;
  }

  private void attachRequiredScans(String userId, Task task) {
    if (attachments == null) {
      return;
    }
    UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    String property = element.getExtensionElements() == null ? null
        : element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
            .flatMap(p -> p.getCamundaProperties().stream())
            .filter(p -> RequiredDocuments.PROPERTY.equals(p.getCamundaName()))
            .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    for (DocumentKind kind : RequiredDocuments.kinds(property)) {
      Scans.attach(attachments, tasks, history, task.getId(), kind, userId);
    }
  }

  /** How many tasks this scenario has completed. */
  public int completions() {
    return completions;
  }
}
