package pl.vetworkflow.notification;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox table ({@code vet_mail_outbox}): portable SQL for H2 and PostgreSQL.
 *
 * <p>{@link #enqueue} runs in the caller's transaction (the engine command that created the task),
 * so a rolled-back command leaves no message. Everything else is meant to run outside any
 * transaction: each statement commits on its own, which is what makes a claim visible to the other
 * nodes at once and a SENT mark durable right after the SMTP server accepted the message.
 *
 * <p>Claiming is a conditional UPDATE whose row count decides which node won: under READ COMMITTED
 * (PostgreSQL) or H2's row locks, the second UPDATE of the same row waits for the first and then no
 * longer matches its WHERE clause. A node that crashes leaves SENDING rows behind; they match again
 * once their lease ({@code locked_until}) has passed.
 */
@Repository
public class MailOutbox {
  static final int ERROR_MAX = 2000;

  private static final String COLUMNS = "id, kind, recipient, recipient_user_id, subject, body_text, body_html, task_id,"
      + " process_instance_id, business_key, status, attempts, created_at, next_attempt_at, sent_at, last_error";

  private static final String CLAIMABLE = "((status = 'PENDING' and next_attempt_at <= ?)"
      + " or (status = 'SENDING' and locked_until < ?))";

  private final JdbcTemplate jdbc;

  public MailOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A message to record. */
  public record NewMessage(NotificationKind kind, String recipient, String recipientUserId, RenderedMail mail,
      String taskId, String processInstanceId, String businessKey) {}

  /**
   * Records a message in the current transaction. A {@link NotificationKind#TASK} message exists at
   * most once per task and recipient (a second event for the same task and person adds nothing);
   * reminders and escalations are numbered, each firing of a timer adds one.
   *
   * @return whether a row was added
   */
  public boolean enqueue(NewMessage message, Instant now) {
    String recipient = normalise(message.recipient());
    int sequence;
    if (message.kind() == NotificationKind.TASK) {
      Integer existing = jdbc.queryForObject("select count(*) from vet_mail_outbox"
          + " where task_id = ? and recipient = ? and kind = ?", Integer.class,
          message.taskId(), recipient, message.kind().name());
      if (existing != null && existing > 0) {
        return false;
      }
      sequence = 0;
    } else {
      Integer max = jdbc.queryForObject("select max(sequence_no) from vet_mail_outbox"
          + " where task_id = ? and recipient = ? and kind = ?", Integer.class,
          message.taskId(), recipient, message.kind().name());
      sequence = max == null ? 1 : max + 1;
    }
    OffsetDateTime at = utc(now);
    jdbc.update("insert into vet_mail_outbox (kind, sequence_no, recipient, recipient_user_id, subject,"
        + " body_text, body_html, task_id, process_instance_id, business_key, status, attempts, created_at,"
        + " next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", (PreparedStatement ps) -> {
          ps.setString(1, message.kind().name());
          ps.setInt(2, sequence);
          ps.setString(3, recipient);
          ps.setString(4, message.recipientUserId());
          ps.setString(5, message.mail().subject());
          ps.setString(6, message.mail().text());
          ps.setString(7, message.mail().html());
          ps.setString(8, message.taskId());
          ps.setString(9, message.processInstanceId());
          ps.setString(10, message.businessKey());
          ps.setObject(11, at);
          ps.setObject(12, at);
        });
    return true;
  }

  /**
   * Claims up to {@code limit} due messages for {@code node}: each becomes SENDING, locked until
   * {@code now + lease}, its attempt counted. Candidates are tried in random order so that nodes
   * working at the same moment mostly pick different rows.
   */
  public Claim claim(String node, Instant now, java.time.Duration lease, int limit) {
    OffsetDateTime at = utc(now);
    List<Long> candidates = new ArrayList<>(jdbc.queryForList("select id from vet_mail_outbox where "
        + CLAIMABLE + " order by next_attempt_at, id fetch first " + limit + " rows only", Long.class, at, at));
    Collections.shuffle(candidates);
    OffsetDateTime until = utc(now.plus(lease));
    List<OutboxMessage> claimed = new ArrayList<>();
    int lost = 0;
    for (Long id : candidates) {
      int won = jdbc.update("update vet_mail_outbox set status = 'SENDING', locked_by = ?, locked_until = ?,"
          + " attempts = attempts + 1 where id = ? and " + CLAIMABLE, node, until, id, at, at);
      if (won == 1) {
        claimed.add(jdbc.queryForObject("select " + COLUMNS + " from vet_mail_outbox where id = ?", ROW, id));
      } else {
        lost++;
      }
    }
    return new Claim(claimed, lost);
  }

  /**
   * The result of a claim: the messages this node now owns, and how many candidates another node
   * claimed between this node's SELECT and its UPDATE (races decided by the conditional UPDATE).
   */
  public record Claim(List<OutboxMessage> messages, int lost) {}

  /** SENT, if the message is still this node's claim; false = the lease had run out and it was taken over. */
  public boolean markSent(long id, String node, Instant now) {
    return jdbc.update("update vet_mail_outbox set status = 'SENT', sent_at = ?, locked_by = null,"
        + " locked_until = null, last_error = null where id = ? and status = 'SENDING' and locked_by = ?",
        utc(now), id, node) == 1;
  }

  /** Back to PENDING until {@code nextAttemptAt}, or FAILED when {@code nextAttemptAt} is null. */
  public boolean markAttemptFailed(long id, String node, String error, Instant nextAttemptAt) {
    if (nextAttemptAt == null) {
      return jdbc.update("update vet_mail_outbox set status = 'FAILED', last_error = ?, locked_by = null,"
          + " locked_until = null where id = ? and status = 'SENDING' and locked_by = ?",
          truncate(error), id, node) == 1;
    }
    return jdbc.update("update vet_mail_outbox set status = 'PENDING', next_attempt_at = ?, last_error = ?,"
        + " locked_by = null, locked_until = null where id = ? and status = 'SENDING' and locked_by = ?",
        utc(nextAttemptAt), truncate(error), id, node) == 1;
  }

  /** FAILED messages, newest first. */
  public List<OutboxMessage> failed(int limit) {
    return jdbc.query("select " + COLUMNS + " from vet_mail_outbox where status = 'FAILED'"
        + " order by created_at desc, id desc fetch first " + limit + " rows only", ROW);
  }

  public OutboxMessage find(long id) {
    List<OutboxMessage> rows = jdbc.query("select " + COLUMNS + " from vet_mail_outbox where id = ?", ROW, id);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /**
   * A FAILED message becomes PENDING again with a fresh attempt budget, to {@code recipient} (the
   * person's current address); false = not (or no longer) FAILED.
   */
  public boolean retry(long id, String recipient, Instant now) {
    return jdbc.update("update vet_mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?,"
        + " recipient = ?, locked_by = null, locked_until = null where id = ? and status = 'FAILED'",
        utc(now), normalise(recipient), id) == 1;
  }

  /** Deletes SENT messages sent before {@code before}; returns how many. */
  public int purgeSent(Instant before) {
    return jdbc.update("delete from vet_mail_outbox where status = 'SENT' and sent_at < ?", utc(before));
  }

  public Map<OutboxMessage.Status, Long> countByStatus() {
    Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);
    for (OutboxMessage.Status status : OutboxMessage.Status.values()) {
      counts.put(status, 0L);
    }
    jdbc.query("select status, count(*) from vet_mail_outbox group by status",
        (ResultSet rs) -> {
          counts.put(OutboxMessage.Status.valueOf(rs.getString(1)), rs.getLong(2));
        });
    return counts;
  }

  static String normalise(String address) {
    return address.trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static String truncate(String error) {
    if (error == null) {
      return null;
    }
    return error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX - 1) + "…";
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static final RowMapper<OutboxMessage> ROW = (rs, n) -> new OutboxMessage(
      rs.getLong("id"),
      NotificationKind.valueOf(rs.getString("kind")),
      rs.getString("recipient"),
      rs.getString("recipient_user_id"),
      rs.getString("subject"),
      rs.getString("body_text"),
      rs.getString("body_html"),
      rs.getString("task_id"),
      rs.getString("process_instance_id"),
      rs.getString("business_key"),
      OutboxMessage.Status.valueOf(rs.getString("status")),
      rs.getInt("attempts"),
      instant(rs, "created_at"),
      instant(rs, "next_attempt_at"),
      instant(rs, "sent_at"),
      rs.getString("last_error"));
}
