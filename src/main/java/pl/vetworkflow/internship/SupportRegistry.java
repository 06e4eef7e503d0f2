package pl.vetworkflow.internship;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pl.vetworkflow.engine.EngineClock;

/**
 * Forms of support per participant (table {@code vet_support}): one row per internship case, so the
 * programme can count participants once (vet_participant) and what each of them received.
 */
@Repository
public class SupportRegistry {
  /** Kinds of support recorded here (vet_support.kind). */
  public enum Kind { STUDENT_INTERNSHIP, TEACHER_INTERNSHIP }

  /** vet_support.status. */
  public enum Status { IN_PROGRESS, COMPLETED, DROPPED_OUT, NOT_COMPLETED }

  public record Support(long participantId, Kind kind, String caseBusinessKey, LocalDate start, LocalDate end,
      Status status, Integer hours) {}

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  public SupportRegistry(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Supports of this kind the person (by PESEL) has in progress or completed. */
  public long countInProgressOrCompleted(String pesel, Kind kind) {
    return jdbc.queryForObject("select count(*) from vet_support s join vet_participant p on p.id = s.participant_id"
        + " where p.pesel = ? and s.kind = ? and s.status in ('IN_PROGRESS', 'COMPLETED')", Long.class, pesel, kind.name());
  }

  public void start(long participantId, Kind kind, String businessKey, String processInstanceId, LocalDate start) {
    jdbc.update("insert into vet_support (participant_id, kind, case_business_key, process_instance_id, start_date,"
        + " status, updated_at) values (?, ?, ?, ?, ?, 'IN_PROGRESS', ?)", participantId, kind.name(), businessKey,
        processInstanceId, Date.valueOf(start), now());
  }

  public void finish(Kind kind, String businessKey, Status status, LocalDate end, Integer hours) {
    int updated = jdbc.update("update vet_support set status = ?, end_date = ?, hours = ?, updated_at = ?"
        + " where kind = ? and case_business_key = ?", status.name(), end == null ? null : Date.valueOf(end), hours,
        now(), kind.name(), businessKey);
    if (updated != 1) {
      throw new IllegalStateException("No support of kind " + kind + " recorded for case " + businessKey);
    }
  }

  public Optional<Support> find(Kind kind, String businessKey) {
    return jdbc.query("select * from vet_support where kind = ? and case_business_key = ?", (rs, n) -> new Support(
        rs.getLong("participant_id"), Kind.valueOf(rs.getString("kind")), rs.getString("case_business_key"),
        rs.getDate("start_date").toLocalDate(), rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate(),
        Status.valueOf(rs.getString("status")), (Integer) rs.getObject("hours", Integer.class)), kind.name(), businessKey)
        .stream().findFirst();
  }

  private Timestamp now() {
    return clock.timestamp();
  }
}
