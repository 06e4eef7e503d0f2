package pl.vetworkflow.security;

import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.util.ReflectionUtils;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.validation.FormSubmissionGuard;

/**
 * The claim rule (docs/adr/0008): a user claims a task only for themselves and only if they may
 * complete it; whoever holds a claim can give it back, and so can the programme office; nobody but
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
    if (auth == null || inGroup(auth, Groups.ADMINS)
        || !(command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd)) {
      return next.execute(command);
    }
    TaskEntity task = task(context, (String) read(command, "taskId"));
    if (task == null) {
      return next.execute(command); // the command reports a missing task itself
    }
    String userId = (String) read(command, "userId");
    if (userId == null) {
      return giveBack(context, task, auth, command);
    }
    if (!userId.equals(auth.getUserId())) {
      throw refused("Zadania nie można przypisać innej osobie: możesz je tylko przejąć dla siebie albo zwrócić.");
    }
    if (command instanceof AssignTaskCmd) {
      // Tasklist claims with "Przejmij" (a claim); a self-assignment is the same wish: same rule
      checkMayClaim(context, task, auth);
      return context.runWithoutAuthorization(() -> next.execute(command));
    }
    checkMayClaim(context, task, auth);
    return next.execute(command);
  }

  /** Clearing the assignee: allowed to the claimant and the programme office (stuck claims). */
  private <T> T giveBack(CommandContext context, TaskEntity task, Authentication auth, Command<T> command) {
    if (task.getAssignee() == null) {
      return null; // nothing to give back
    }
    if (task.getAssignee().equals(auth.getUserId()) || inGroup(auth, Groups.COORDINATORS)) {
      return context.runWithoutAuthorization(() -> next.execute(command));
    }
    if (!isCandidate(context, task, auth)) {
      // no task name, no claimant's name for someone who may not see the task
      throw refused("Nie możesz zwrócić tego zadania: zwrócić je może tylko osoba, która je przejęła, albo biuro"
          + " projektu.");
    }
    throw refused("Zadanie „" + task.getName() + "” przejęła inna osoba (" + name(context, task.getAssignee())
        + "): zwrócić je może tylko ona albo biuro projektu.");
  }

  /** In this order, so that the task's name and claimant are told only to its candidates. */
  private static void checkMayClaim(CommandContext context, TaskEntity task, Authentication auth) {
    if (!isCandidate(context, task, auth)) {
      throw refused("To zadanie nie jest przeznaczone dla Ciebie ani Twojej organizacji: nie możesz go przejąć.");
    }
    List<String> roles = FormSubmissionGuard.rolesToComplete(task);
    if (!roles.isEmpty() && roles.stream().noneMatch(role -> inGroup(auth, role))) {
      throw refused("Zadanie „" + task.getName() + "” może przejąć i wykonać tylko "
          + String.join(" lub ", roles.stream().map(Groups::personOfRole).toList()) + ".");
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(auth.getUserId())) {
      throw refused("Zadanie „" + task.getName() + "” przejęła już inna osoba ("
          + name(context, task.getAssignee()) + ").");
    }
  }

  private static boolean isCandidate(CommandContext context, TaskEntity task, Authentication auth) {
    return context.runWithoutAuthorization(() -> {
      for (IdentityLink link : task.getCandidates()) {
        if (auth.getUserId().equals(link.getUserId()) || (link.getGroupId() != null && inGroup(auth, link.getGroupId()))) {
          return true;
        }
      }
      return false;
    });
  }

  private static TaskEntity task(CommandContext context, String taskId) {
    return taskId == null ? null : context.getTaskManager().findTaskById(taskId);
  }

  /** The user's name as Tasklist shows it, or the id of an unknown user. */
  private static String name(CommandContext context, String userId) {
    User user = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getIdentityService()
        .createUserQuery().userId(userId).singleResult());
    String full = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return full.isEmpty() ? userId : full;
  }

  private static boolean inGroup(Authentication auth, String group) {
    return auth.getGroupIds() != null && auth.getGroupIds().contains(group);
  }

  private static AuthorizationException refused(String message) {
    return new AuthorizationException(message);
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
