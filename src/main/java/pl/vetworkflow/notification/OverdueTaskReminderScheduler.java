package pl.vetworkflow.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link OverdueTaskReminders} on every node, {@code vet.reminders.interval} after the previous
 * run ended, the first one {@code vet.reminders.initial-delay} after start-up (runs of one node never
 * overlap; nodes share the work through the reminder log's primary key). Off with
 * {@code vet.reminders.scheduled=false} (the tests run the job themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "vet.reminders.scheduled", havingValue = "true", matchIfMissing = true)
public class OverdueTaskReminderScheduler implements SchedulingConfigurer {
  private static final Logger LOG = LoggerFactory.getLogger(OverdueTaskReminderScheduler.class);

  private final OverdueTaskReminders reminders;
  private final ReminderSettings settings;

  public OverdueTaskReminderScheduler(OverdueTaskReminders reminders, ReminderSettings settings) {
    this.reminders = reminders;
    this.settings = settings;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(new FixedDelayTask(this::remind, settings.interval(), settings.initialDelay()));
    LOG.info("Reminder job every {} on this node (rules: processes/task-reminders.dmn, latest deployed version)",
        settings.interval());
  }

  void remind() {
    try {
      reminders.run();
    } catch (RuntimeException e) {
      // nothing was recorded for the steps that failed: the next run tries them again
      LOG.error("Reminder run failed", e);
    }
  }
}
