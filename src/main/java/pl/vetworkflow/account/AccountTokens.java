package pl.vetworkflow.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One-time links ({@code vet_account_token}). A token is 32 random bytes (URL-safe Base64); only its
 * SHA-256 is stored, so the database alone opens no account. A token is used by a conditional
 * UPDATE ({@code used_at is null and expires_at > now}): of two requests with the same link, one wins.
 */
@Repository
public class AccountTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  public enum Purpose { INVITATION, RESET }

  /** A stored link, without its token. */
  public record Token(long id, String userId, Purpose purpose, Instant createdAt, Instant expiresAt, Instant usedAt) {
    public boolean usable(Instant now) {
      return usedAt == null && expiresAt.isAfter(now);
    }
  }

  /** A link just issued: the token goes into the e-mail and nowhere else. */
  public record Issued(long id, String token, Instant expiresAt) {}

  private final JdbcTemplate jdbc;

  public AccountTokens(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Issued issue(String userId, Purpose purpose, Instant now, java.time.Duration validity) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expires = now.plus(validity);
    jdbc.update("insert into vet_account_token (token_hash, user_id, purpose, created_at, expires_at)"
        + " values (?, ?, ?, ?, ?)", hash(token), userId, purpose.name(), utc(now), utc(expires));
    Long id = jdbc.queryForObject("select id from vet_account_token where token_hash = ?", Long.class, hash(token));
    return new Issued(id, token, expires);
  }

  /** The link of this token, used or not; null if there is none (never issued, or malformed). */
  public Token find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return null;
    }
    List<Token> rows = jdbc.query("select id, user_id, purpose, created_at, expires_at, used_at from vet_account_token"
        + " where token_hash = ?", (rs, n) -> new Token(rs.getLong("id"), rs.getString("user_id"),
            Purpose.valueOf(rs.getString("purpose")), instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("expires_at", OffsetDateTime.class)),
            instant(rs.getObject("used_at", OffsetDateTime.class))), hash(token));
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Uses the link once: true for the one request that does, false if it was used or has expired. */
  public boolean use(long id, Instant now) {
    return jdbc.update("update vet_account_token set used_at = ? where id = ? and used_at is null and expires_at > ?",
        utc(now), id, utc(now)) == 1;
  }

  /** Voids every open link of the user (a password was set, the account was deactivated). */
  public int voidOpen(String userId, Instant now) {
    return jdbc.update("update vet_account_token set used_at = ? where user_id = ? and used_at is null",
        utc(now), userId);
  }

  /** Whether the user has an invitation that still works. */
  public boolean hasOpenInvitation(String userId, Instant now) {
    Integer open = jdbc.queryForObject("select count(*) from vet_account_token where user_id = ? and purpose = ?"
        + " and used_at is null and expires_at > ?", Integer.class, userId, Purpose.INVITATION.name(), utc(now));
    return open != null && open > 0;
  }

  static String hash(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
