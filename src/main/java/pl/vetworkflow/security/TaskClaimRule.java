package pl.vetworkflow.security;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Caller;
import pl.vetworkflow.engine.claims.ClaimPolicy;
import pl.vetworkflow.engine.claims.TaskFacts;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.validation.FormSubmissionGuard;

/**
 * The claim rule of docs/adr/0008, in one place: the engine enforces it on every claim and
 * give-back ({@code engine.claims.ClaimGuard}), {@link TaskActionsController} tells Tasklist what it
 * would answer, so that Tasklist offers only what goes through. Each method answers null (allowed)
 * or the Polish refusal. Administrators may do anything.
 */
@Component
public class TaskClaimRule implements ClaimPolicy {

  @Override
  public boolean unrestricted(Caller caller) {
    return caller.inGroup(Groups.ADMINS);
  }

  /**
   * Only a candidate who has a role the completion needs, and only while nobody else holds it. In
   * this order, so that the task's name and claimant are told only to its candidates.
   */
  @Override
  public String claimRefusal(TaskFacts task, Caller caller) {
    if (unrestricted(caller)) {
      return null;
    }
    if (!task.hasCandidate(caller)) {
      return "To zadanie nie jest przeznaczone dla Ciebie ani Twojej organizacji: nie możesz go przejąć.";
    }
    List<String> roles = FormSubmissionGuard.rolesToComplete(task.processProperties(), task.taskProperties());
    if (!roles.isEmpty() && roles.stream().noneMatch(caller::inGroup)) {
      return "Zadanie „" + task.name() + "” może przejąć i wykonać tylko "
          + String.join(" lub ", roles.stream().map(Groups::personOfRole).toList()) + ".";
    }
    if (task.assignee() != null && !task.assignee().equals(caller.userId())) {
      return "Zadanie „" + task.name() + "” przejęła już inna osoba (" + task.assigneeName() + ").";
    }
    return null;
  }

  /** The claimant and the programme office (stuck claims). A task nobody holds has nothing to give back: null. */
  @Override
  public String giveBackRefusal(TaskFacts task, Caller caller) {
    if (task.assignee() == null || unrestricted(caller) || task.assignee().equals(caller.userId())
        || caller.inGroup(Groups.COORDINATORS)) {
      return null;
    }
    if (!task.hasCandidate(caller)) {
      // no task name, no claimant's name for someone who may not see the task
      return "Nie możesz zwrócić tego zadania: zwrócić je może tylko osoba, która je przejęła, albo biuro projektu.";
    }
    return "Zadanie „" + task.name() + "” przejęła inna osoba (" + task.assigneeName()
        + "): zwrócić je może tylko ona albo biuro projektu.";
  }

  /** Only to oneself (a claim), except administrators. */
  @Override
  public String assignRefusal(Caller caller, String userId) {
    return mayAssignToOthers(caller) || userId.equals(caller.userId()) ? null
        : "Zadania nie można przypisać innej osobie: możesz je tylko przejąć dla siebie albo zwrócić.";
  }

  /** Whether {@code caller} may hand a task to someone else: administrators only. */
  public boolean mayAssignToOthers(Caller caller) {
    return unrestricted(caller);
  }
}
