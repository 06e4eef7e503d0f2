package pl.vetworkflow.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators' view of the outbox: failed messages with the reason, a retry, and counts per
 * status. Access: camunda-admin members only ({@code security.ApiAccessConfiguration}).
 */
@RestController
@RequestMapping(MailAdminController.PATH)
public class MailAdminController {
  public static final String PATH = "/api/admin/mail";

  private final MailOutbox outbox;
  private final IdentityService identityService;

  public MailAdminController(MailOutbox outbox, IdentityService identityService) {
    this.outbox = outbox;
    this.identityService = identityService;
  }

  /** A failed message as admins see it (no bodies). */
  public record FailedMessage(long id, String kind, String recipient, String userId, String subject,
      String businessKey, String taskId, String processInstanceId, int attempts, Instant createdAt, String reason) {
    static FailedMessage of(OutboxMessage m) {
      return new FailedMessage(m.id(), m.kind().name(), m.recipient(), m.recipientUserId(), m.subject(),
          m.businessKey(), m.taskId(), m.processInstanceId(), m.attempts(), m.createdAt(), m.lastError());
    }
  }

  @GetMapping("/failed")
  public List<FailedMessage> failed(@RequestParam(defaultValue = "200") int limit) {
    return outbox.failed(Math.max(1, Math.min(limit, 1000))).stream().map(FailedMessage::of).toList();
  }

  @GetMapping("/stats")
  public Map<OutboxMessage.Status, Long> stats() {
    return outbox.countByStatus();
  }

  /**
   * Sends a FAILED message again (fresh attempt budget, due at once), to the person's current
   * address. 404: no such message; 409: not FAILED.
   */
  @PostMapping("/{id}/retry")
  public ResponseEntity<Map<String, Object>> retry(@PathVariable long id) {
    OutboxMessage message = outbox.find(id);
    if (message == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("id", id, "error", "No such message"));
    }
    String recipient = currentAddress(message);
    boolean retried;
    try {
      retried = message.status() == OutboxMessage.Status.FAILED && outbox.retry(id, recipient, Instant.now());
    } catch (DataIntegrityViolationException e) {
      // the task already has a message of this kind for the new address: retry to the recorded one
      recipient = message.recipient();
      retried = outbox.retry(id, recipient, Instant.now());
    }
    if (retried) {
      return ResponseEntity.ok(Map.of("id", id, "status", OutboxMessage.Status.PENDING.name(), "recipient", recipient));
    }
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("id", id, "status",
        outbox.find(id).status().name(), "error", "Only FAILED messages can be retried"));
  }

  /** The person's address now (an admin may have corrected it in Admin), else the recorded one. */
  private String currentAddress(OutboxMessage message) {
    if (message.recipientUserId() != null) {
      User user = identityService.createUserQuery().userId(message.recipientUserId()).singleResult();
      if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
        try {
          InternetAddress address = new InternetAddress(user.getEmail().trim(), true);
          address.validate();
          return address.getAddress();
        } catch (AddressException e) {
          // keep the recorded address; the next failure will say why
        }
      }
    }
    return message.recipient();
  }
}
