package pl.vetworkflow.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link WeeklyDataDigest} on every node every {@code vet.data-digest.check-interval} (it writes
 * something only from the configured day and hour on, once per school, recipient and week). Off with
 * {@code vet.data-digest.enabled=false} or {@code vet.data-digest.scheduled=false} (tests run it themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${vet.data-digest.enabled:true} and ${vet.data-digest.scheduled:true}")
public class DataDigestScheduler implements SchedulingConfigurer {
  private static final Logger LOG = LoggerFactory.getLogger(DataDigestScheduler.class);

  private final WeeklyDataDigest digest;
  private final DataDigestSettings settings;

  public DataDigestScheduler(WeeklyDataDigest digest, DataDigestSettings settings) {
    this.digest = digest;
    this.settings = settings;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(new FixedDelayTask(this::check, settings.checkInterval(), settings.initialDelay()));
    LOG.info("Data digest to school coordinators: {} from {}:00 ({}), checked every {} on this node",
        settings.dayOfWeek(), settings.hour(), "vet.mail.time-zone", settings.checkInterval());
  }

  void check() {
    try {
      digest.run();
    } catch (RuntimeException e) {
      LOG.error("Data digest run failed", e);
    }
  }
}
