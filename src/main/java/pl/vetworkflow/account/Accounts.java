package pl.vetworkflow.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** People brought in by the import ({@code vet_account}); names and groups live in the Camunda identity. */
@Repository
public class Accounts {
  public record Account(String userId, String email, boolean active, Instant createdAt, Instant deactivatedAt,
      Instant passwordSetAt) {}

  private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getString("user_id"), rs.getString("email"),
      rs.getBoolean("active"), AccountTokens.instant(rs.getObject("created_at", OffsetDateTime.class)),
      AccountTokens.instant(rs.getObject("deactivated_at", OffsetDateTime.class)),
      AccountTokens.instant(rs.getObject("password_set_at", OffsetDateTime.class)));

  private final JdbcTemplate jdbc;

  public Accounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Account byEmail(String email) {
    List<Account> rows = jdbc.query("select * from vet_account where email = ?", ROW, normalise(email));
    return rows.isEmpty() ? null : rows.get(0);
  }

  public Account byUser(String userId) {
    List<Account> rows = jdbc.query("select * from vet_account where user_id = ?", ROW, userId);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public List<Account> active() {
    return jdbc.query("select * from vet_account where active = true order by user_id", ROW);
  }

  public void insert(String userId, String email, Instant now) {
    jdbc.update("insert into vet_account (user_id, email, active, created_at, updated_at) values (?, ?, true, ?, ?)",
        userId, normalise(email), AccountTokens.utc(now), AccountTokens.utc(now));
  }

  public void activate(String userId, Instant now) {
    jdbc.update("update vet_account set active = true, deactivated_at = null, updated_at = ? where user_id = ?",
        AccountTokens.utc(now), userId);
  }

  public void deactivate(String userId, Instant now) {
    jdbc.update("update vet_account set active = false, deactivated_at = ?, password_set_at = null, updated_at = ?"
        + " where user_id = ?", AccountTokens.utc(now), AccountTokens.utc(now), userId);
  }

  public void passwordSet(String userId, Instant now) {
    jdbc.update("update vet_account set password_set_at = ?, updated_at = ? where user_id = ?",
        AccountTokens.utc(now), AccountTokens.utc(now), userId);
  }

  static String normalise(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }
}
