package pl.vetworkflow.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link OverdueTaskReminders} on every node, {@code vet.reminders.interval} after the previous
 * run ended (runs of one node never overlap; nodes share the work through the reminder log's
 * primary key). Off with {@code vet.reminders.scheduled=false} (the tests run the job themselves).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "vet.reminders.scheduled", havingValue = "true", matchIfMissing = true)
public class OverdueTaskReminderScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(OverdueTaskReminderScheduler.class);

  private final OverdueTaskReminders reminders;

  public OverdueTaskReminderScheduler(OverdueTaskReminders reminders) {
    this.reminders = reminders;
  }

  @Scheduled(fixedDelayString = "${vet.reminders.interval:5m}", initialDelayString = "${vet.reminders.initial-delay:1m}")
  void remind() {
    try {
      reminders.run();
    } catch (RuntimeException e) {
      // nothing was recorded for the steps that failed: the next run tries them again
      LOG.error("Reminder run failed", e);
    }
  }
}
