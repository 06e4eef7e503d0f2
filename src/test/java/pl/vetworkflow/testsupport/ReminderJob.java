package pl.vetworkflow.testsupport;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.notification.NotificationKind;
import pl.vetworkflow.notification.OverdueTaskReminders;

/**
 * Runs the reminder job as each node's scheduler does, at a moment of the engine clock, and reads
 * what it recorded: the steps of a task ({@code vet_task_reminder}) and the messages about it
 * ({@code vet_mail_outbox}). Process tests use it where the models had reminder timers.
 */
public final class ReminderJob {
  private final OverdueTaskReminders job;
  private final JdbcTemplate jdbc;

  public ReminderJob(OverdueTaskReminders job, JdbcTemplate jdbc) {
    this.job = job;
    this.jdbc = jdbc;
  }

  /** One run at the engine clock's current time. */
  public OverdueTaskReminders.Result runNow() {
    return job.run();
  }

  /**
   * One run with the engine clock {@code days} days and one hour after the task's due date; the
   * clock is set back afterwards, so the case goes on at the time it was at. Returns the task's
   * recorded steps.
   */
  public List<String> runDaysAfterDue(Task task, int days) {
    Date before = ClockUtil.getCurrentTime();
    Instant at = task.getDueDate().toInstant().atZone(CaseScenario.ZONE).plusDays(days).plusHours(1).toInstant();
    ClockUtil.setCurrentTime(Date.from(at));
    try {
      job.run();
    } finally {
      ClockUtil.setCurrentTime(before);
    }
    return steps(task.getId());
  }

  /** One run an hour after the task's due date; returns whether the task has had a reminder now. */
  public boolean remindedAtDue(Task task) {
    runDaysAfterDue(task, 0);
    return steps(task.getId()).contains("1 REMINDER SENT");
  }

  /** The recorded steps of a task, "step kind outcome", by step. */
  public List<String> steps(String taskId) {
    return jdbc.queryForList("select step || ' ' || kind || ' ' || outcome from vet_task_reminder where task_id = ?"
        + " order by step", String.class, taskId);
  }

  /** The addresses that messages of {@code kind} about the task went to (each once), sorted. */
  public List<String> recipients(String taskId, NotificationKind kind) {
    return jdbc.queryForList("select distinct recipient from vet_mail_outbox where task_id = ? and kind = ?"
        + " order by recipient", String.class, taskId, kind.name());
  }
}
