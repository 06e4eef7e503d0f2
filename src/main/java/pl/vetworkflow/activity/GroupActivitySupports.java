package pl.vetworkflow.activity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pl.vetworkflow.engine.EngineClock;

/**
 * The forms of support of group activities in {@code vet_support}: one row per participant of the case
 * (kind = the activity's kind), IN_PROGRESS from the enrolment, COMPLETED or NOT_COMPLETED by the
 * attendance. The only class of this feature that writes forms of support: the internships' {@code
 * SupportRegistry} holds one row per case and is not used here.
 */
@Repository
public class GroupActivitySupports {
  /** vet_support.status as this feature writes it. */
  public enum Status { IN_PROGRESS, COMPLETED, NOT_COMPLETED }

  /** One participant's support in a case. */
  public record Support(long participantId, String pesel, ActivityKind kind, LocalDate start, LocalDate end,
      Status status, Integer hours) {}

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  public GroupActivitySupports(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void start(long participantId, ActivityKind kind, String businessKey, String processInstanceId,
      LocalDate start) {
    jdbc.update("insert into vet_support (participant_id, kind, case_business_key, process_instance_id, start_date,"
        + " status, updated_at) values (?, ?, ?, ?, ?, 'IN_PROGRESS', ?)", participantId, kind.name(), businessKey,
        processInstanceId, Date.valueOf(start), clock.timestamp());
  }

  public void finish(ActivityKind kind, String businessKey, String pesel, Status status, LocalDate end, long hours) {
    int updated = jdbc.update("update vet_support set status = ?, end_date = ?, hours = ?, updated_at = ?"
        + " where kind = ? and case_business_key = ? and participant_id = (select id from vet_participant where pesel = ?)",
        status.name(), Date.valueOf(end), hours, clock.timestamp(), kind.name(), businessKey, pesel);
    if (updated != 1) {
      throw new IllegalStateException("No support of kind " + kind + " recorded in case " + businessKey
          + " for one of its participants");
    }
  }

  /** The case's supports, by PESEL. */
  public List<Support> ofCase(String businessKey) {
    return jdbc.query("select s.*, p.pesel from vet_support s join vet_participant p on p.id = s.participant_id"
        + " where s.case_business_key = ? order by p.pesel", (rs, n) -> new Support(rs.getLong("participant_id"),
        rs.getString("pesel"), ActivityKind.valueOf(rs.getString("kind")), rs.getDate("start_date").toLocalDate(),
        rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate(),
        Status.valueOf(rs.getString("status")), rs.getObject("hours", Integer.class)), businessKey);
  }
}
