package pl.vetworkflow.notification;

/** Why a message is sent; stored in the outbox and chooses the subject and wording. */
public enum NotificationKind {
  /** A task was created (or assigned by someone else) and waits for the recipient. */
  TASK,
  /** A step of the task's reminder plan reminds the same people that the task still waits ({@link OverdueTaskReminders}). */
  REMINDER,
  /** A step of the task's reminder plan tells the escalation group (coordinators) that the task still waits. */
  ESCALATION,
  /** An invitation or a password-reset link (pl.vetworkflow.account): about no task. */
  ACCOUNT,
  /**
   * The weekly message to a school's coordinators about their people who cannot be reported yet
   * ({@link WeeklyDataDigest}): about no task.
   */
  DATA_DIGEST
}
