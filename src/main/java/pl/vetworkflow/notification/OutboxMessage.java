package pl.vetworkflow.notification;

import java.time.Instant;

/** One row of the outbox as read back (dispatch, admin list). */
public record OutboxMessage(
    long id,
    NotificationKind kind,
    String recipient,
    String recipientUserId,
    String subject,
    String bodyText,
    String bodyHtml,
    String taskId,
    String processInstanceId,
    String businessKey,
    Status status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String lastError) {

  /** PENDING → SENDING (claimed by one node) → SENT, or back to PENDING with back-off, or FAILED. */
  public enum Status { PENDING, SENDING, SENT, FAILED }
}
