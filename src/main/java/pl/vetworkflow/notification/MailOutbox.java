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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox table ({@code vet_mail_outbox}): portable SQL for H2 and PostgreSQL.
 *
 * <p>{@link #enqueue} and {@link #enqueueAll} run in the caller's transaction (the engine command that created the task),
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

  // the statuses and the account kind as SQL literals (the SQL text stays constant for the statement caches)
  private static final String PENDING = quoted(OutboxMessage.Status.PENDING);
  private static final String SENDING = quoted(OutboxMessage.Status.SENDING);
  private static final String SENT = quoted(OutboxMessage.Status.SENT);
  private static final String FAILED = quoted(OutboxMessage.Status.FAILED);
  private static final String ACCOUNT = quoted(NotificationKind.ACCOUNT);

  private static final String CLAIMABLE = "((status = " + PENDING + " and next_attempt_at <= ?)"
      + " or (status = " + SENDING + " and locked_until < ?))";

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
   * reminders and escalations are numbered, each step of a task's reminder plan adds one.
   *
   * @return whether a row was added
   */
  public boolean enqueue(NewMessage message, Instant now) {
    return enqueueAll(List.of(message), now, false) == 1;
  }

  /**
   * Records messages in the current transaction with the rules of {@link #enqueue}: one query per
   * task and kind for what the outbox already holds, then one batch of inserts.
   *
   * @param newTasks the messages are about tasks created in the current transaction, for which the
   *     outbox cannot hold anything yet: the query is skipped
   * @return how many rows were added
   */
  public int enqueueAll(List<NewMessage> messages, Instant now, boolean newTasks) {
    Map<String, Map<String, Integer>> recorded = new HashMap<>(); // "kind task" -> recipient -> max sequence
    List<Object[]> rows = new ArrayList<>();
    OffsetDateTime at = utc(now);
    for (NewMessage message : messages) {
      String recipient = normalise(message.recipient());
      Map<String, Integer> sequences = recorded.computeIfAbsent(message.kind() + " " + message.taskId(),
          k -> newTasks ? new HashMap<>() : recorded(message.taskId(), message.kind()));
      Integer last = sequences.get(recipient);
      int sequence;
      if (message.kind() == NotificationKind.TASK) {
        if (last != null) {
          continue;
        }
        sequence = 0;
      } else {
        sequence = last == null ? 1 : last + 1;
      }
      sequences.put(recipient, sequence);
      rows.add(new Object[] {message.kind().name(), sequence, recipient, message.recipientUserId(),
          message.mail().subject(), message.mail().text(), message.mail().html(), message.taskId(),
          message.processInstanceId(), message.businessKey(), at, at});
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("insert into vet_mail_outbox (kind, sequence_no, recipient, recipient_user_id, subject,"
          + " body_text, body_html, task_id, process_instance_id, business_key, status, attempts, created_at,"
          + " next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + PENDING + ", 0, ?, ?)", rows, rows.size(),
          (PreparedStatement ps, Object[] row) -> {
            ps.setString(1, (String) row[0]);
            ps.setInt(2, (Integer) row[1]);
            for (int i = 2; i < 10; i++) {
              ps.setString(i + 1, (String) row[i]);
            }
            ps.setObject(11, row[10]);
            ps.setObject(12, row[11]);
          });
    }
    return rows.size();
  }

  /**
   * Records an account message (invitation, password reset) in the current transaction: it is about
   * no task, so it has no task id; the transaction that issued its link records it, and the
   * dispatcher sends it like any other message (retries, FAILED list).
   *
   * @return the outbox id
   */
  public long enqueueAccountMail(String recipient, String recipientUserId, RenderedMail mail, Instant now) {
    OffsetDateTime at = utc(now);
    org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("insert into vet_mail_outbox (kind, sequence_no, recipient,"
          + " recipient_user_id, subject, body_text, body_html, status, attempts, created_at, next_attempt_at)"
          + " values (?, 0, ?, ?, ?, ?, ?, " + PENDING + ", 0, ?, ?)", new String[] {"id"});
      ps.setString(1, NotificationKind.ACCOUNT.name());
      ps.setString(2, normalise(recipient));
      ps.setString(3, recipientUserId);
      ps.setString(4, mail.subject());
      ps.setString(5, mail.text());
      ps.setString(6, mail.html());
      ps.setObject(7, at);
      ps.setObject(8, at);
      return ps;
    }, keys);
    return keys.getKey().longValue();
  }

  /**
   * Records a message about no task ({@link NotificationKind#DATA_DIGEST}) in the current
   * transaction; the caller's own log decides that it is written once.
   */
  public void enqueueWithoutTask(NotificationKind kind, String recipient, String recipientUserId, RenderedMail mail,
      String businessKey, Instant now) {
    if (kind == NotificationKind.TASK || kind == NotificationKind.REMINDER || kind == NotificationKind.ESCALATION
        || kind == NotificationKind.ACCOUNT) {
      throw new IllegalArgumentException(kind + " messages are recorded by their own method");
    }
    OffsetDateTime at = utc(now);
    jdbc.update("insert into vet_mail_outbox (kind, sequence_no, recipient, recipient_user_id, subject, body_text,"
        + " body_html, business_key, status, attempts, created_at, next_attempt_at)"
        + " values (?, 0, ?, ?, ?, ?, ?, ?, " + PENDING + ", 0, ?, ?)", kind.name(), normalise(recipient),
        recipientUserId, mail.subject(), mail.text(), mail.html(), businessKey, at, at);
  }

  /** The highest sequence number per recipient of the messages of this kind about this task. */
  private Map<String, Integer> recorded(String taskId, NotificationKind kind) {
    Map<String, Integer> sequences = new HashMap<>();
    jdbc.query("select recipient, max(sequence_no) from vet_mail_outbox where task_id = ? and kind = ?"
        + " group by recipient", (ResultSet rs) -> {
          sequences.put(rs.getString(1), rs.getInt(2));
        }, taskId, kind.name());
    return sequences;
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
      int won = jdbc.update("update vet_mail_outbox set status = " + SENDING + ", locked_by = ?, locked_until = ?,"
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

  /**
   * SENT, if the message is still this node's claim; false = the lease had run out and it was taken over.
   * An {@link NotificationKind#ACCOUNT} message carries a one-time link: once sent, its text is
   * replaced, so that the database keeps no usable link (until then it must, to survive SMTP outages).
   */
  public boolean markSent(long id, String node, Instant now) {
    return jdbc.update("update vet_mail_outbox set status = " + SENT + ", sent_at = ?, locked_by = null,"
        + " locked_until = null, last_error = null,"
        + " body_text = case when kind = " + ACCOUNT + " then ? else body_text end,"
        + " body_html = case when kind = " + ACCOUNT + " then ? else body_html end"
        + " where id = ? and status = " + SENDING + " and locked_by = ?",
        utc(now), SENT_ACCOUNT_BODY, SENT_ACCOUNT_BODY, id, node) == 1;
  }

  /** What a sent account message keeps of its text. */
  public static final String SENT_ACCOUNT_BODY = "(treść usunięta po wysłaniu: zawierała jednorazowy link)";

  /** Back to PENDING until {@code nextAttemptAt}, or FAILED when {@code nextAttemptAt} is null. */
  public boolean markAttemptFailed(long id, String node, String error, Instant nextAttemptAt) {
    if (nextAttemptAt == null) {
      return jdbc.update("update vet_mail_outbox set status = " + FAILED + ", last_error = ?, locked_by = null,"
          + " locked_until = null where id = ? and status = " + SENDING + " and locked_by = ?",
          truncate(error), id, node) == 1;
    }
    return jdbc.update("update vet_mail_outbox set status = " + PENDING + ", next_attempt_at = ?, last_error = ?,"
        + " locked_by = null, locked_until = null where id = ? and status = " + SENDING + " and locked_by = ?",
        utc(nextAttemptAt), truncate(error), id, node) == 1;
  }

  /** FAILED messages, newest first. */
  public List<OutboxMessage> failed(int limit) {
    return jdbc.query("select " + COLUMNS + " from vet_mail_outbox where status = " + FAILED
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
    return jdbc.update("update vet_mail_outbox set status = " + PENDING + ", attempts = 0, next_attempt_at = ?,"
        + " recipient = ?, locked_by = null, locked_until = null where id = ? and status = " + FAILED,
        utc(now), normalise(recipient), id) == 1;
  }

  /** Deletes SENT messages sent before {@code before}; returns how many. */
  public int purgeSent(Instant before) {
    return jdbc.update("delete from vet_mail_outbox where status = " + SENT + " and sent_at < ?", utc(before));
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

  private static String quoted(Enum<?> value) {
    return "'" + value.name() + "'";
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
