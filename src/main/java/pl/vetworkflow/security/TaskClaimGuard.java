package pl.vetworkflow.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.util.ReflectionUtils;

/**
 * Enforces the claim rule ({@link TaskClaimRule}, docs/adr/0008): a user claims a task only for
 * themselves and only if they may complete it; whoever holds a claim can give it back, and so can the programme office; nobody but
 * an administrator assigns a task to someone else. Refusals are Polish {@link AuthorizationException}s
 * (HTTP 403 over REST, shown by Tasklist), thrown before the command runs, so nothing changes.
 *
 * <p>The engine alone would let anyone with TASK_WORK (every candidate) claim a task whatever role
 * its completion needs, claim it for another user, or clear someone else's claim (a claim with no
 * user); and it lets nobody give a claim back, since that needs TASK_ASSIGN, which would also let
 * them hand the task to anyone. So a give-back the rule allows runs without the engine's check.
 *
 * <p>Calls without an authenticated user (the application's own code) and administrators pass.
 */
public class TaskClaimGuard extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    Authentication auth = context == null ? null : context.getAuthentication();
    if (auth == null || TaskClaimRule.isAdmin(auth)
        || !(command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd)) {
      return next.execute(command);
    }
    TaskEntity task = task(context, (String) read(command, "taskId"));
    if (task == null) {
      return next.execute(command); // the command reports a missing task itself
    }
    String userId = (String) read(command, "userId");
    if (userId == null) {
      if (task.getAssignee() == null) {
        return null; // nothing to give back
      }
      check(TaskClaimRule.giveBackRefusal(context, task, auth));
      return context.runWithoutAuthorization(() -> next.execute(command));
    }
    check(TaskClaimRule.assignRefusal(auth, userId));
    check(TaskClaimRule.claimRefusal(context, task, auth));
    if (command instanceof AssignTaskCmd) {
      // Tasklist claims with "Przejmij" (a claim); a self-assignment is the same wish: same rule
      return context.runWithoutAuthorization(() -> next.execute(command));
    }
    return next.execute(command);
  }

  private static void check(String refusal) {
    if (refusal != null) {
      throw new AuthorizationException(refusal);
    }
  }

  private static TaskEntity task(CommandContext context, String taskId) {
    return taskId == null ? null : context.getTaskManager().findTaskById(taskId);
  }

  private static Object read(Object target, String name) {
    Field field = ReflectionUtils.findField(target.getClass(), name);
    if (field == null) {
      throw new IllegalStateException("Engine class " + target.getClass().getName() + " has no field " + name
          + ": TaskClaimGuard must be adapted to this engine version");
    }
    ReflectionUtils.makeAccessible(field);
    return ReflectionUtils.getField(field, target);
  }
}
