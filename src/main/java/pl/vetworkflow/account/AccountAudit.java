package pl.vetworkflow.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The accounts' audit log ({@code vet_account_audit}): who did what to which account, and when.
 * Never a token or a password; written in the transaction of what it records.
 */
@Repository
public class AccountAudit {
  private static final Logger LOG = LoggerFactory.getLogger(AccountAudit.class);
  static final int DETAILS_MAX = 4000;

  public enum Action {
    IMPORT, IMPORT_REFUSED, CREATED, UPDATED, DEACTIVATED, REACTIVATED, INVITATION_SENT, PASSWORD_SET,
    RESET_REQUESTED, RESET_SENT, RESET_LIMITED, LINK_REFUSED
  }

  public record Entry(long id, Instant at, String actor, Action action, String userId, String details) {}

  private final JdbcTemplate jdbc;

  public AccountAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(Instant at, String actor, Action action, String userId, String details) {
    String text = details == null || details.length() <= DETAILS_MAX ? details : details.substring(0, DETAILS_MAX - 1) + "…";
    jdbc.update("insert into vet_account_audit (at, actor, action, user_id, details) values (?, ?, ?, ?, ?)",
        AccountTokens.utc(at), actor, action.name(), userId, text);
    LOG.info("Account audit: {} by {} for {}: {}", action, actor, userId, text);
  }

  /** Entries about one user, oldest first. */
  public List<Entry> of(String userId) {
    return jdbc.query("select * from vet_account_audit where user_id = ? order by at, id", (rs, n) -> entry(rs), userId);
  }

  /** The newest entries, newest first. */
  public List<Entry> latest(int limit) {
    return jdbc.query("select * from vet_account_audit order by at desc, id desc fetch first " + limit + " rows only",
        (rs, n) -> entry(rs));
  }

  private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Entry(rs.getLong("id"), AccountTokens.instant(rs.getObject("at", OffsetDateTime.class)),
        rs.getString("actor"), Action.valueOf(rs.getString("action")), rs.getString("user_id"), rs.getString("details"));
  }
}
