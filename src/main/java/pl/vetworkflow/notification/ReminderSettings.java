package pl.vetworkflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reminder job ({@code vet.reminders.*}); the rules themselves are the decision
 * tables of {@code processes/task-reminders.dmn} ({@link ReminderRules}).
 *
 * @param scheduled false = the job does not run in the background on this node (tests run it themselves)
 * @param interval pause between two runs
 * @param initialDelay wait after start-up before the first run
 * @param batchSize overdue tasks read at once
 */
@ConfigurationProperties("vet.reminders")
public record ReminderSettings(Boolean scheduled, Duration interval, Duration initialDelay, int batchSize) {
  public ReminderSettings {
    scheduled = scheduled == null || scheduled;
    interval = interval == null ? Duration.ofMinutes(5) : interval;
    initialDelay = initialDelay == null ? Duration.ofMinutes(1) : initialDelay;
    batchSize = batchSize == 0 ? 500 : batchSize;
    if (interval.toMillis() <= 0) {
      throw new IllegalArgumentException("vet.reminders.interval must be positive");
    }
    if (initialDelay.isNegative()) {
      throw new IllegalArgumentException("vet.reminders.initial-delay must not be negative");
    }
    if (batchSize < 1 || batchSize > 1000) {
      throw new IllegalArgumentException("vet.reminders.batch-size must be 1..1000");
    }
  }
}
