package pl.vetworkflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import pl.vetworkflow.engine.Caller;
import pl.vetworkflow.engine.claims.TaskFacts;
import pl.vetworkflow.engine.claims.TaskFactsReader;

/**
 * What the logged-in user may do with a task's claim now, as the engine's claim guard would answer
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
  private final TaskFactsReader facts;
  private final TaskClaimRule rule;

  public TaskActionsController(ProcessEngine engine, TaskFactsReader facts, TaskClaimRule rule) {
    this.engine = engine;
    this.facts = facts;
    this.rule = rule;
  }

  @GetMapping("/api/tasks/{taskId}/actions")
  public ResponseEntity<TaskActions> actions(@PathVariable String taskId, HttpServletRequest request) {
    String userId = (String) request.getAttribute(ApiAccess.USER_ATTRIBUTE);
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    boolean readable;
    try {
      // the query Tasklist's task view makes: readable to this user, or not found
      readable = engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
    } finally {
      identity.clearAuthentication();
    }
    TaskFacts task = readable ? facts.read(taskId).orElse(null) : null;
    if (task == null) {
      return ResponseEntity.notFound().build(); // not readable, or completed in between
    }
    Caller caller = new Caller(userId, groups);
    return ResponseEntity.ok(new TaskActions(task.assignee() == null && rule.claimRefusal(task, caller) == null,
        task.assignee() != null && rule.giveBackRefusal(task, caller) == null, rule.mayAssignToOthers(caller)));
  }
}
