package pl.vetworkflow.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the e-mail notifications ({@code vet.mail.*}). The SMTP connection itself is Spring's
 * {@code spring.mail.*}; the public base URL of the links is {@code vet.public-base-url}.
 *
 * @param enabled false = messages are still recorded in the outbox, but nothing is sent
 * @param from sender address, optionally with a display name: {@code Powiadomienia VET <noreply@example.pl>};
 *     blank = {@code powiadomienia@<host of vet.public-base-url>}
 * @param nodeId name of this node in the outbox lock column; blank = host name + random suffix
 * @param timeZone zone in which due dates are shown
 * @param maxRecipientsPerGroup at most this many members of one candidate group are notified
 * @param escalationGroup group whose members receive escalations
 * @param retentionOfSent sent messages older than this are deleted; zero = keep forever
 */
@ConfigurationProperties("vet.mail")
public record MailSettings(
    Boolean enabled,
    String from,
    String nodeId,
    ZoneId timeZone,
    int maxRecipientsPerGroup,
    String escalationGroup,
    Duration retentionOfSent,
    Dispatch dispatch,
    Retry retry) {

  static final String DEFAULT_LOCAL_PART = "powiadomienia";
  static final String DEFAULT_DISPLAY_NAME = "Powiadomienia VET";

  public MailSettings {
    enabled = enabled == null || enabled;
    timeZone = timeZone == null ? ZoneId.of("Europe/Warsaw") : timeZone;
    maxRecipientsPerGroup = maxRecipientsPerGroup == 0 ? 500 : maxRecipientsPerGroup;
    escalationGroup = escalationGroup == null || escalationGroup.isBlank() ? "coordinators" : escalationGroup;
    retentionOfSent = retentionOfSent == null ? Duration.ofDays(30) : retentionOfSent;
    dispatch = dispatch == null ? new Dispatch(true, null, 0, null) : dispatch;
    retry = retry == null ? new Retry(0, null, 0, null) : retry;
    if (from != null && !from.isBlank()) {
      parseFrom(from);
    }
    require(maxRecipientsPerGroup > 0, "vet.mail.max-recipients-per-group must be positive");
    require(!retentionOfSent.isNegative(), "vet.mail.retention-of-sent must not be negative");
  }

  /** Whether messages are sent (they are always recorded). */
  public boolean sending() {
    return enabled;
  }

  /**
   * The configured sender, display name kept (encoded as UTF-8 when the message is written); without
   * one, {@value #DEFAULT_LOCAL_PART}@ the host of the public base URL.
   */
  public InternetAddress fromAddress(String defaultDomain) {
    if (from == null || from.isBlank()) {
      return parseFrom(DEFAULT_DISPLAY_NAME + " <" + DEFAULT_LOCAL_PART + "@" + defaultDomain + ">");
    }
    return parseFrom(from);
  }

  private static InternetAddress parseFrom(String from) {
    try {
      InternetAddress parsed = new InternetAddress(from.trim(), true);
      parsed.validate();
      return parsed.getPersonal() == null ? parsed
          : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
    } catch (AddressException | java.io.UnsupportedEncodingException e) {
      throw new IllegalArgumentException("vet.mail.from (VET_MAIL_FROM) is not a valid e-mail address: '"
          + from + "' (" + e.getMessage() + ")", e);
    }
  }

  /**
   * @param scheduled false = no background dispatch on this node (tests call the dispatcher directly)
   * @param interval pause between two dispatch runs
   * @param batchSize messages claimed at once
   * @param lease how long a claimed message belongs to its node; after that another node may send it
   */
  public record Dispatch(Boolean scheduled, Duration interval, int batchSize, Duration lease) {
    public Dispatch {
      scheduled = scheduled == null || scheduled;
      interval = interval == null ? Duration.ofSeconds(10) : interval;
      batchSize = batchSize == 0 ? 50 : batchSize;
      lease = lease == null ? Duration.ofMinutes(5) : lease;
      require(interval.toMillis() > 0, "vet.mail.dispatch.interval must be positive");
      require(batchSize > 0 && batchSize <= 1000, "vet.mail.dispatch.batch-size must be 1..1000");
      require(lease.toSeconds() >= 1, "vet.mail.dispatch.lease must be at least one second");
    }
  }

  /**
   * Exponential back-off: attempt n waits {@code initialDelay * multiplier^(n-1)}, at most
   * {@code maxDelay}; after {@code maxAttempts} failed attempts the message is FAILED.
   */
  public record Retry(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {
    public Retry {
      maxAttempts = maxAttempts == 0 ? 10 : maxAttempts;
      initialDelay = initialDelay == null ? Duration.ofMinutes(1) : initialDelay;
      multiplier = multiplier == 0 ? 2.0 : multiplier;
      maxDelay = maxDelay == null ? Duration.ofHours(2) : maxDelay;
      require(maxAttempts >= 1, "vet.mail.retry.max-attempts must be at least 1");
      require(!initialDelay.isNegative(), "vet.mail.retry.initial-delay must not be negative");
      require(multiplier >= 1.0, "vet.mail.retry.multiplier must be at least 1.0");
      require(maxDelay.compareTo(initialDelay) >= 0, "vet.mail.retry.max-delay must not be below initial-delay");
    }

    /** Delay before the next attempt after {@code failedAttempts} failed ones (1 = first failure). */
    public Duration delayAfter(int failedAttempts) {
      double factor = Math.pow(multiplier, Math.max(0, failedAttempts - 1));
      double millis = initialDelay.toMillis() * factor;
      return millis >= maxDelay.toMillis() || Double.isInfinite(millis)
          ? maxDelay : Duration.ofMillis((long) millis);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
