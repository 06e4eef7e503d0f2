package pl.vetworkflow.engine.claims;

import pl.vetworkflow.engine.Caller;

/**
 * The claim rule the engine enforces on every claim, give-back and assignment ({@link ClaimGuard}),
 * implemented by a feature (a Spring bean). Each method answers null (allowed) or the refusal the user
 * reads.
 */
public interface ClaimPolicy {
  /** Whether {@code caller} is exempt from the rule (administrators). */
  boolean unrestricted(Caller caller);

  /** Why {@code caller} may not claim {@code task} for themselves now, or null. */
  String claimRefusal(TaskFacts task, Caller caller);

  /** Why {@code caller} may not clear the claimant of {@code task}, or null. */
  String giveBackRefusal(TaskFacts task, Caller caller);

  /** Why {@code caller} may not assign a task to {@code userId}, or null. */
  String assignRefusal(Caller caller, String userId);
}
