package pl.vetworkflow.engine.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Commands;
import pl.vetworkflow.engine.ModelProperties;

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
        taskProperties = ModelProperties.all(userTask);
        processProperties = userTask == null ? Map.of() : ModelProperties.all(ModelProperties.processOf(userTask));
      }
      return Optional.of(new TaskFacts(task.getId(), task.getName(), task.getAssignee(), name(task.getAssignee()),
          users, groups, taskProperties, processProperties));
    });
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
