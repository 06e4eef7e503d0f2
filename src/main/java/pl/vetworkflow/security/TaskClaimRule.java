package pl.vetworkflow.security;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.validation.FormSubmissionGuard;

/**
 * The claim rule of docs/adr/0008, in one place: {@link TaskClaimGuard} enforces it on every claim
 * and give-back, {@link TaskActionsController} tells Tasklist what it would answer, so that
 * Tasklist offers only what the guard lets through. Each method answers null (allowed) or the
 * Polish refusal; it runs inside an engine command. Administrators may do anything.
 */
public final class TaskClaimRule {
  private TaskClaimRule() {}

  /**
   * Why {@code auth} may not claim {@code task} for themselves now, or null if they may: only a
   * candidate who has a role the completion needs, and only while nobody else holds it. In this
   * order, so that the task's name and claimant are told only to its candidates.
   */
  public static String claimRefusal(CommandContext context, TaskEntity task, Authentication auth) {
    if (isAdmin(auth)) {
      return null;
    }
    if (!isCandidate(context, task, auth)) {
      return "To zadanie nie jest przeznaczone dla Ciebie ani Twojej organizacji: nie możesz go przejąć.";
    }
    List<String> roles = FormSubmissionGuard.rolesToComplete(task);
    if (!roles.isEmpty() && roles.stream().noneMatch(role -> inGroup(auth, role))) {
      return "Zadanie „" + task.getName() + "” może przejąć i wykonać tylko "
          + String.join(" lub ", roles.stream().map(Groups::personOfRole).toList()) + ".";
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(auth.getUserId())) {
      return "Zadanie „" + task.getName() + "” przejęła już inna osoba (" + name(context, task.getAssignee()) + ").";
    }
    return null;
  }

  /**
   * Why {@code auth} may not clear the assignee of {@code task}, or null if they may: the claimant
   * and the programme office (stuck claims). A task nobody holds has nothing to give back: null.
   */
  public static String giveBackRefusal(CommandContext context, TaskEntity task, Authentication auth) {
    if (task.getAssignee() == null || isAdmin(auth) || task.getAssignee().equals(auth.getUserId())
        || inGroup(auth, Groups.COORDINATORS)) {
      return null;
    }
    if (!isCandidate(context, task, auth)) {
      // no task name, no claimant's name for someone who may not see the task
      return "Nie możesz zwrócić tego zadania: zwrócić je może tylko osoba, która je przejęła, albo biuro projektu.";
    }
    return "Zadanie „" + task.getName() + "” przejęła inna osoba (" + name(context, task.getAssignee())
        + "): zwrócić je może tylko ona albo biuro projektu.";
  }

  /** Why {@code auth} may not assign a task to {@code userId}, or null: only to oneself (a claim). */
  public static String assignRefusal(Authentication auth, String userId) {
    return mayAssignToOthers(auth) || userId.equals(auth.getUserId()) ? null
        : "Zadania nie można przypisać innej osobie: możesz je tylko przejąć dla siebie albo zwrócić.";
  }

  /** Whether {@code auth} may hand a task to someone else: administrators only. */
  public static boolean mayAssignToOthers(Authentication auth) {
    return isAdmin(auth);
  }

  static boolean isAdmin(Authentication auth) {
    return inGroup(auth, Groups.ADMINS);
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
}
