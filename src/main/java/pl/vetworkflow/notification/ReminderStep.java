package pl.vetworkflow.notification;

/**
 * One step of a reminder plan: {@code daysAfterDue} calendar days after a task's due date (0 = on
 * the due date), if the task is still open, a {@link NotificationKind#REMINDER} to the people of the
 * task or a {@link NotificationKind#ESCALATION} to the escalation group. A task gets each step number
 * once.
 */
public record ReminderStep(int step, int daysAfterDue, NotificationKind kind) {
  public ReminderStep {
    if (step < 1) {
      throw new IllegalArgumentException("step numbers start at 1: " + step);
    }
    if (daysAfterDue < 0) {
      throw new IllegalArgumentException("a step is due on or after the task's due date: " + daysAfterDue);
    }
    if (kind != NotificationKind.REMINDER && kind != NotificationKind.ESCALATION) {
      throw new IllegalArgumentException("a step is a REMINDER or an ESCALATION: " + kind);
    }
  }
}
