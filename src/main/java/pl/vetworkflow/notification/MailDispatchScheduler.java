package pl.vetworkflow.notification;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the dispatcher on every node, {@code vet.mail.dispatch.interval} after the previous run ended
 * (runs of one node never overlap; nodes share the work through the outbox claims), and deletes sent
 * messages older than {@code vet.mail.retention-of-sent} once an hour. Off with
 * {@code vet.mail.dispatch.scheduled=false} (the tests call the dispatcher themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "vet.mail.dispatch.scheduled", havingValue = "true", matchIfMissing = true)
public class MailDispatchScheduler implements SchedulingConfigurer {
  private static final Logger LOG = LoggerFactory.getLogger(MailDispatchScheduler.class);

  private final MailDispatcher dispatcher;
  private final MailOutbox outbox;
  private final MailSettings settings;

  public MailDispatchScheduler(MailDispatcher dispatcher, MailOutbox outbox, MailSettings settings) {
    this.dispatcher = dispatcher;
    this.outbox = outbox;
    this.settings = settings;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    Duration interval = settings.dispatch().interval();
    registrar.addFixedDelayTask(new FixedDelayTask(this::dispatch, interval, interval));
    registrar.addFixedDelayTask(new FixedDelayTask(this::purge, Duration.ofHours(1), Duration.ofMinutes(1)));
    LOG.info("Mail dispatch every {} on node {} (sending {})", interval, dispatcher.nodeId(),
        settings.sending() ? "on" : "off: messages are only recorded");
  }

  void dispatch() {
    try {
      dispatcher.dispatch();
    } catch (RuntimeException e) {
      // the outbox keeps everything: the next run tries again
      LOG.error("Mail dispatch run failed", e);
    }
  }

  void purge() {
    if (settings.retentionOfSent().isZero()) {
      return;
    }
    try {
      int deleted = outbox.purgeSent(Instant.now().minus(settings.retentionOfSent()));
      if (deleted > 0) {
        LOG.info("Deleted {} sent message(s) older than {}", deleted, settings.retentionOfSent());
      }
    } catch (RuntimeException e) {
      LOG.error("Deleting old sent messages failed", e);
    }
  }
}
