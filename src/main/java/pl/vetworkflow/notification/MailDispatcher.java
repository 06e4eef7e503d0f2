package pl.vetworkflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends what the outbox holds: claims due messages for this node, sends each over SMTP, marks it
 * SENT right after the server accepted it (its own short transaction), or schedules the next attempt
 * with exponential back-off, or marks it FAILED after the last attempt.
 *
 * <p>Delivery is at least once, not exactly once: if the node dies (or loses the database) between
 * the SMTP server accepting a message and the SENT mark, the claim's lease runs out and the message is
 * sent again. Every message carries a stable Message-ID ({@code <vet-mail-ID@host>}), so mail
 * clients that de-duplicate show it once.
 *
 * <p>One dispatch run keeps one SMTP connection open for its messages (reconnecting every
 * {@value SmtpConnection#MESSAGES_PER_CONNECTION} messages and after an error): opening a connection
 * costs far more than sending a message over it.
 *
 * <p>Called by {@link MailDispatchScheduler} on every node, or directly (tests, tools). Never inside a
 * transaction: claims must be visible to the other nodes at once.
 */
@Component
public class MailDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
  /** Safety stop: one run claims at most this many batches. */
  private static final int MAX_ROUNDS = 200;

  private final MailOutbox outbox;
  private final JavaMailSender sender;
  private final MailSettings settings;
  private final String messageIdDomain;
  private final InternetAddress from;
  private final String nodeId;

  @Autowired
  public MailDispatcher(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, MailSettings settings,
      TaskLinks links) {
    this(outbox, requireSender(sender.getIfAvailable(), settings), settings, links.host(), settings.nodeId());
  }

  /**
   * A dispatcher with its own SMTP sender and node id (a second node in tests, tools).
   *
   * @param messageIdDomain domain of the Message-IDs, and of the default sender address
   */
  public MailDispatcher(MailOutbox outbox, JavaMailSender sender, MailSettings settings, String messageIdDomain,
      String nodeId) {
    this.outbox = outbox;
    this.sender = sender;
    this.settings = settings;
    this.messageIdDomain = messageIdDomain;
    this.from = settings.fromAddress(messageIdDomain);
    this.nodeId = nodeId == null || nodeId.isBlank() ? defaultNodeId() : nodeId;
  }

  private static JavaMailSender requireSender(JavaMailSender sender, MailSettings settings) {
    if (sender == null && settings.sending()) {
      throw new IllegalStateException("E-mail sending is on (vet.mail.enabled / VET_MAIL_ENABLED) but no SMTP"
          + " server is configured: set spring.mail.host (VET_SMTP_HOST), or turn sending off");
    }
    return sender;
  }

  public String nodeId() {
    return nodeId;
  }

  /** Sends everything due now. */
  public DispatchResult dispatch() {
    return dispatch(Instant::now);
  }

  /** Sends everything due at {@code now} (a fixed instant: tests move time forward with it). */
  public DispatchResult dispatch(Instant now) {
    return dispatch(() -> now);
  }

  private DispatchResult dispatch(Supplier<Instant> clock) {
    if (!settings.sending()) {
      LOG.debug("Sending is off (vet.mail.enabled=false): messages stay in the outbox");
      return DispatchResult.NOTHING;
    }
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("MailDispatcher must not run inside a transaction: its claims must commit at once");
    }
    DispatchResult total = DispatchResult.NOTHING;
    try (SmtpConnection smtp = SmtpConnection.of(sender)) {
      for (int round = 0; round < MAX_ROUNDS; round++) {
        long claimedAt = System.nanoTime();
        MailOutbox.Claim claim = outbox.claim(nodeId, clock.get(), settings.dispatch().lease(),
            settings.dispatch().batchSize());
        total = total.plus(new DispatchResult(0, 0, 0, 0, claim.lost(), false));
        if (claim.messages().isEmpty()) {
          if (claim.lost() == 0) {
            break;
          }
          continue; // every candidate went to another node: look again
        }
        DispatchResult batch = sendBatch(smtp, claim.messages(), clock, claimedAt);
        total = total.plus(batch);
        if (batch.serverUnreachable()) {
          break; // the rest waits for its back-off; no point in claiming more now
        }
      }
    }
    if (total.total() > 0) {
      LOG.info("Mail dispatch on {}: {} sent, {} to retry, {} failed, {} left for later, {} taken by other nodes",
          nodeId, total.sent(), total.retried(), total.failed(), total.released(), total.lostClaims());
    }
    return total;
  }

  private DispatchResult sendBatch(SmtpConnection smtp, List<OutboxMessage> batch, Supplier<Instant> clock,
      long claimedAt) {
    long halfLeaseNanos = settings.dispatch().lease().toNanos() / 2;
    int sent = 0;
    int retried = 0;
    int failed = 0;
    int released = 0;
    Exception serverTrouble = null;
    for (OutboxMessage message : batch) {
      if (serverTrouble == null && System.nanoTime() - claimedAt > halfLeaseNanos) {
        // slow SMTP: do not send on a claim that may run out mid-send; another run takes it after the lease
        released++;
        continue;
      }
      Exception error = serverTrouble;
      if (error == null) {
        try {
          smtp.send(build(message));
        } catch (MailException | MessagingException e) {
          if (e instanceof MailSendException mse && mse.getFailedMessages().isEmpty()) {
            // Spring reports a failure to close the connection after the message was accepted this way
            LOG.warn("Message {} was sent; closing the SMTP connection failed: {}", message.id(), e.getMessage());
          } else {
            error = e;
            if (!isPermanent(e) && !isAboutThisMessage(e)) {
              // cannot connect, log in or talk to the server: the rest of the batch would fail the same way
              serverTrouble = e;
            }
          }
        }
      }
      if (error == null) {
        if (!outbox.markSent(message.id(), nodeId, clock.get())) {
          LOG.warn("Message {} was sent, but its claim had been taken over (lease {} too short?)", message.id(),
              settings.dispatch().lease());
        }
        sent++;
        continue;
      }
      boolean permanent = isPermanent(error);
      boolean last = permanent || message.attempts() >= settings.retry().maxAttempts();
      Instant next = last ? null : clock.get().plus(settings.retry().delayAfter(message.attempts()));
      outbox.markAttemptFailed(message.id(), nodeId, describe(error), next);
      if (last) {
        failed++;
        LOG.warn("Message {} to {} FAILED after {} attempt(s){}: {}", message.id(), message.recipient(),
            message.attempts(), permanent ? " (permanent error)" : "", describe(error));
      } else {
        retried++;
        if (error != serverTrouble) {
          LOG.info("Message {} not sent (attempt {}), next attempt at {}: {}", message.id(), message.attempts(),
              next, describe(error));
        }
      }
    }
    if (serverTrouble != null) {
      LOG.info("SMTP server not usable ({} message(s) to retry later, {} failed for good): {}", retried, failed,
          describe(serverTrouble));
    }
    return new DispatchResult(sent, retried, failed, released, 0, serverTrouble != null);
  }

  /** The server answered, but refused this message or recipient (the connection itself works). */
  static boolean isAboutThisMessage(Exception e) {
    if (e instanceof MailParseException || e instanceof MailPreparationException) {
      return true;
    }
    for (Throwable t : causes(e)) {
      if (t instanceof SendFailedException || t instanceof AddressException) {
        return true;
      }
    }
    return false;
  }

  private MimeMessage build(OutboxMessage message) throws MessagingException {
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    helper.setFrom(from);
    helper.setTo(new InternetAddress(message.recipient(), true));
    helper.setSubject(MailText.singleLine(message.subject(), 1000));
    helper.setText(message.bodyText(), message.bodyHtml());
    // stable across re-sends: a duplicate from the at-least-once window has the same id
    mime.setHeader("Message-ID", "<vet-mail-" + message.id() + "." + message.createdAt().toEpochMilli()
        + "@" + messageIdDomain + ">");
    mime.setHeader("Auto-Submitted", "auto-generated");
    mime.setHeader("X-Auto-Response-Suppress", "All");
    mime.setHeader("X-VET-Outbox-Id", Long.toString(message.id()));
    return mime;
  }

  /** An address the server refused for good, or a message that cannot be built, will not improve with retries. */
  static boolean isPermanent(Exception e) {
    if (e instanceof MailParseException || e instanceof MailPreparationException) {
      return true;
    }
    for (Throwable t : causes(e)) {
      if (t instanceof AddressException) {
        return true;
      }
      if (t instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null
          && sfe.getInvalidAddresses().length > 0) {
        return true; // 5xx for the recipient: the server will never take it
      }
    }
    return false;
  }

  /** The exception, its causes, next exceptions and Spring's per-message failures. */
  private static Set<Throwable> causes(Exception e) {
    List<Throwable> queue = new java.util.ArrayList<>();
    queue.add(e);
    if (e instanceof MailSendException mse) {
      queue.addAll(mse.getFailedMessages().values());
    }
    Set<Throwable> seen = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      Throwable t = queue.remove(0);
      if (t == null || !seen.add(t)) {
        continue;
      }
      queue.add(t.getCause());
      if (t instanceof MessagingException me) {
        queue.add(me.getNextException());
      }
    }
    return seen;
  }

  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    Set<Throwable> seen = new LinkedHashSet<>();
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage().replaceAll("\\s+", " ").strip());
      }
    }
    return text.toString();
  }

  private static String defaultNodeId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "node";
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
