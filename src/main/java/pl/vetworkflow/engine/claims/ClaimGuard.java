package pl.vetworkflow.engine.claims;

import pl.vetworkflow.engine.Caller;
import pl.vetworkflow.engine.CommandFields;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Enforces the {@link ClaimPolicy} (docs/adr/0008) on the engine's claim and assign commands: refusals
 * are {@link AuthorizationException}s (HTTP 403 over REST, shown by Tasklist), thrown before the
 * command runs, so nothing changes.
 *
 * <p>The engine alone would let anyone with TASK_WORK (every candidate) claim a task whatever role
 * its completion needs, claim it for another user, or clear someone else's claim (a claim with no
 * user); and it lets nobody give a claim back, since that needs TASK_ASSIGN, which would also let
 * them hand the task to anyone. So a give-back or self-assignment the rule allows runs without the
 * engine's check. Calls without an authenticated user (the application's own code) pass.
 */
public class ClaimGuard extends CommandInterceptor {
  private final ObjectProvider<ClaimPolicy> policy;
  private final ObjectProvider<TaskFactsReader> facts;

  public ClaimGuard(ObjectProvider<ClaimPolicy> policy, ObjectProvider<TaskFactsReader> facts) {
    this.policy = policy;
    this.facts = facts;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd)) {
      return next.execute(command);
    }
    CommandContext context = Context.getCommandContext();
    Authentication auth = context == null ? null : context.getAuthentication();
    ClaimPolicy rule = policy.getIfAvailable();
    if (auth == null || rule == null) {
      return next.execute(command);
    }
    Caller caller = new Caller(auth.getUserId(), auth.getGroupIds());
    if (rule.unrestricted(caller)) {
      return next.execute(command);
    }
    String taskId = (String) CommandFields.read(command, "taskId");
    TaskFacts task = taskId == null ? null : facts.getObject().read(taskId).orElse(null);
    if (task == null) {
      return next.execute(command); // the command reports a missing task itself
    }
    String userId = (String) CommandFields.read(command, "userId");
    if (userId == null) {
      if (task.assignee() == null) {
        return null; // nothing to give back
      }
      check(rule.giveBackRefusal(task, caller));
      return context.runWithoutAuthorization(() -> next.execute(command));
    }
    check(rule.assignRefusal(caller, userId));
    check(rule.claimRefusal(task, caller));
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
}
