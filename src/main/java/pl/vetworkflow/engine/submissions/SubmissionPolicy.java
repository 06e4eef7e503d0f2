package pl.vetworkflow.engine.submissions;

import java.util.Map;
import pl.vetworkflow.engine.Caller;

/**
 * The check of every form submission before the engine acts on it ({@link SubmissionGuard}),
 * implemented by a feature (a Spring bean). A refusal is an exception thrown from here: the command
 * does not run, so nothing changes.
 */
public interface SubmissionPolicy {
  /**
   * Checks a start or a completion; answers the variables to submit instead (checked and normalised),
   * or null to leave the submission as it is.
   */
  Map<String, Object> check(Submission submission);

  /** Checks a start at chosen activities (start instructions); {@code caller} null for the application. */
  void checkStartAtActivities(ProcessModel definition, Caller caller);
}
