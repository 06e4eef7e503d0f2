package pl.vetworkflow.casework;

import java.util.List;
import org.camunda.bpm.engine.task.Task;

/**
 * Sends reminders about overdue user tasks. Process models call it from a non-interrupting timer
 * on each task (service task {@code ${sendOverdueReminders}}); the e-mail notifications implement it
 * ({@code pl.vetworkflow.notification.TaskReminder}), so reminders go through the same outbox as
 * every task e-mail.
 */
public interface OverdueTaskReminders {
  /**
   * Called inside the engine transaction of the timer job.
   *
   * @param businessKey the case's readable number
   * @param overdueTasks open tasks of the case whose due date has passed (never empty)
   */
  void remind(String businessKey, List<Task> overdueTasks);
}
