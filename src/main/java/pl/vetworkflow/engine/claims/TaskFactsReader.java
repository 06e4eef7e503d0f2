package pl.vetworkflow.engine.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Commands;

/**
 * Reads {@link TaskFacts} with the engine's public API, without authorization checks (the rule decides
 * what the caller learns). Inside an engine command the services join that command. The models come
 * from the engine's deployment cache.
 */
@Component
public class TaskFactsReader {
  private final ProcessEngine engine;

  public TaskFactsReader(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  /** The task's facts; empty for a task that does not exist (any more). */
  public Optional<TaskFacts> read(String taskId) {
    return Commands.withoutAuthorization(() -> {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        return Optional.<TaskFacts>empty();
      }
      List<String> users = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taskId)) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      Map<String, String> taskProperties = Map.of();
      Map<String, String> processProperties = Map.of();
      if (task.getProcessDefinitionId() != null) {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId());
        UserTask userTask = model.getModelElementById(task.getTaskDefinitionKey());
        taskProperties = properties(userTask);
        processProperties = userTask == null ? Map.of() : properties(processOf(userTask));
      }
      return Optional.of(new TaskFacts(task.getId(), task.getName(), task.getAssignee(), name(task.getAssignee()),
          users, groups, taskProperties, processProperties));
    });
  }

  private static Process processOf(UserTask userTask) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = userTask.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  private static Map<String, String> properties(BaseElement element) {
    Map<String, String> values = new TreeMap<>();
    if (element == null || element.getExtensionElements() == null) {
      return values;
    }
    for (CamundaProperties group : element.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : group.getCamundaProperties()) {
        if (property.getCamundaName() != null && property.getCamundaValue() != null) {
          values.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
        }
      }
    }
    return values;
  }

  /** The user's name as Tasklist shows it, or the id of an unknown user; null for nobody. */
  private String name(String userId) {
    if (userId == null) {
      return null;
    }
    User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
    String full = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return full.isEmpty() ? userId : full;
  }
}
