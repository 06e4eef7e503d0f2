package pl.vetworkflow.notification;

import java.time.DayOfWeek;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the weekly data digest to school coordinators ({@code vet.data-digest.*},
 * {@link WeeklyDataDigest}). The day and hour are those of {@code vet.mail.time-zone}.
 *
 * @param enabled false = no digest is written at all
 * @param scheduled false = the job does not run in the background on this node (tests run it themselves)
 * @param dayOfWeek from when in the ISO week (Monday first) the week's digest is due
 * @param hour from which hour of that day (0-23)
 * @param checkInterval how often a node looks whether the week's digest is due and not written yet
 * @param initialDelay wait after start-up before the first look
 * @param maxListed the most people a message names; the rest as "i N innych osób"
 */
@ConfigurationProperties("vet.data-digest")
public record DataDigestSettings(Boolean enabled, Boolean scheduled, DayOfWeek dayOfWeek, Integer hour,
    Duration checkInterval, Duration initialDelay, Integer maxListed) {
  public DataDigestSettings {
    enabled = enabled == null || enabled;
    scheduled = scheduled == null || scheduled;
    dayOfWeek = dayOfWeek == null ? DayOfWeek.MONDAY : dayOfWeek;
    hour = hour == null ? 7 : hour;
    checkInterval = checkInterval == null ? Duration.ofMinutes(15) : checkInterval;
    initialDelay = initialDelay == null ? Duration.ofMinutes(2) : initialDelay;
    maxListed = maxListed == null ? 30 : maxListed;
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("vet.data-digest.hour must be 0..23");
    }
    if (checkInterval.toMillis() <= 0) {
      throw new IllegalArgumentException("vet.data-digest.check-interval must be positive");
    }
    if (initialDelay.isNegative()) {
      throw new IllegalArgumentException("vet.data-digest.initial-delay must not be negative");
    }
    if (maxListed < 1 || maxListed > 500) {
      throw new IllegalArgumentException("vet.data-digest.max-listed must be 1..500");
    }
  }
}
