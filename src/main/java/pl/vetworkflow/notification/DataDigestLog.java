package pl.vetworkflow.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The data digests written per school, recipient and ISO week ({@code vet_data_digest}): portable
 * SQL for H2 and PostgreSQL. {@link #record} runs in the transaction that also writes the message and
 * fails for a digest another node recorded first (primary key).
 */
@Repository
public class DataDigestLog {
  private final JdbcTemplate jdbc;

  public DataDigestLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** "school recipient" of every digest recorded for {@code isoWeek}. */
  public Set<String> recorded(String isoWeek) {
    Set<String> keys = new HashSet<>();
    jdbc.query("select school_id, recipient_user_id from vet_data_digest where iso_week = ?",
        rs -> {
          keys.add(key(rs.getString(1), rs.getString(2)));
        }, isoWeek);
    return keys;
  }

  static String key(String schoolId, String userId) {
    return schoolId + " " + userId;
  }

  /**
   * Records the digest of a school to a person for a week in the current transaction; one recorded
   * before (or being recorded by another node's open transaction, which this insert waits for) makes
   * it fail with a {@link org.springframework.dao.DuplicateKeyException}.
   */
  public void record(String schoolId, String userId, String isoWeek, int people, Instant at, String node) {
    jdbc.update("insert into vet_data_digest (school_id, recipient_user_id, iso_week, people, recorded_at,"
        + " recorded_by) values (?, ?, ?, ?, ?, ?)", schoolId, userId, isoWeek, people,
        OffsetDateTime.ofInstant(at, ZoneOffset.UTC), node);
  }

  /** How many digests were recorded for a school and week (tests, monitoring). */
  public int count(String schoolId, String isoWeek) {
    Integer n = jdbc.queryForObject("select count(*) from vet_data_digest where school_id = ? and iso_week = ?",
        Integer.class, schoolId, isoWeek);
    return n == null ? 0 : n;
  }
}
