package pl.vetworkflow.account;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Password-reset requests ({@code vet_password_reset_request}) for the rate limits: shared by all
 * nodes through the database. The address is kept only as its SHA-256; rows older than a day are
 * deleted as new ones come.
 */
@Repository
public class ResetRequests {
  private final JdbcTemplate jdbc;
  private final AccountSettings settings;

  public ResetRequests(JdbcTemplate jdbc, AccountSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  public boolean allow(String emailHash, String client, Instant now) {
    var since = AccountTokens.utc(now.minus(settings.resetLimitWindow()));
    Integer perEmail = jdbc.queryForObject("select count(*) from vet_password_reset_request where email_hash = ?"
        + " and requested_at > ?", Integer.class, emailHash, since);
    Integer perClient = jdbc.queryForObject("select count(*) from vet_password_reset_request where client_ip = ?"
        + " and requested_at > ?", Integer.class, client, since);
    return perEmail < settings.resetLimitPerEmail() && perClient < settings.resetLimitPerClient();
  }

  public void record(String emailHash, String client, Instant now) {
    jdbc.update("delete from vet_password_reset_request where requested_at < ?",
        AccountTokens.utc(now.minus(settings.resetLimitWindow()).minus(java.time.Duration.ofDays(1))));
    jdbc.update("insert into vet_password_reset_request (requested_at, email_hash, client_ip) values (?, ?, ?)",
        AccountTokens.utc(now), emailHash, client.length() > 64 ? client.substring(0, 64) : client);
  }
}
