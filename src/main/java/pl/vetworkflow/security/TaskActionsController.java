package pl.vetworkflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the logged-in user may do with a task's claim now, as {@link TaskClaimGuard} would answer
 * (the same {@link TaskClaimRule}): Tasklist's script {@code vet-task-actions.js} offers "Przejmij"
 * and the give-back only where they would go through. Read-only. A task the user cannot read, or
 * that does not exist, is 404 alike (as {@code GET /engine-rest/task/{id}}).
 */
@RestController
public class TaskActionsController {
  /**
   * {@code claim}: nobody holds the task and "Przejmij" would go through; {@code unclaim}: someone
   * holds it and this user's give-back (or the office's reset) would go through; {@code assign}:
   * this user may hand it to another person (typing a name into the assignee field).
   */
  public record TaskActions(boolean claim, boolean unclaim, boolean assign) {}

  private final ProcessEngine engine;

  public TaskActionsController(ProcessEngine engine) {
    this.engine = engine;
  }

  @GetMapping("/api/tasks/{taskId}/actions")
  public ResponseEntity<TaskActions> actions(@PathVariable String taskId,
      HttpServletRequest request) {
    String userId = (String) request.getAttribute(ApiAccess.USER_ATTRIBUTE);
    IdentityService identity = engine.getIdentityService();
    TaskService tasks = engine.getTaskService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      // the query Tasklist's task view makes: readable to this user, or not found
      if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
        return ResponseEntity.notFound().build();
      }
      TaskActions answer = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
              return null; // completed in between
            }
            Authentication auth = context.getAuthentication();
            return new TaskActions(task.getAssignee() == null && TaskClaimRule.claimRefusal(context, task, auth) == null,
                task.getAssignee() != null && TaskClaimRule.giveBackRefusal(context, task, auth) == null,
                TaskClaimRule.mayAssignToOthers(auth));
          });
      return answer == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(answer);
    } finally {
      identity.clearAuthentication();
    }
  }
}
