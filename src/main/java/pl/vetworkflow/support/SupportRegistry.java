package pl.vetworkflow.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.participant.ParticipantRegistry;

/**
 * Forms of support per participant (table {@code vet_support}): one row per internship case and per
 * participant of a course case, so the programme can count participants once (vet_participant) and
 * what each of them received. The internships and the courses write their rows here; the indicators
 * read them through the reporting views.
 */
@Repository
public class SupportRegistry {
  /**
   * Kinds of support recorded here (vet_support.kind): the internships, the course kinds, the group
   * activities, individual career counselling.
   */
  public enum Kind {
    STUDENT_INTERNSHIP, TEACHER_INTERNSHIP,
    STUDENT_QUALIFICATION_COURSE, STUDENT_COMPETENCE_COURSE, TEACHER_COURSE, PNZ_INSTRUCTOR_COURSE,
    SPECIALIST_CLASSES, KEY_COMPETENCE_CLASSES, SCIENCE_CAMP, STUDY_VISIT, JOB_FAIR,
    CAREER_COUNSELLING
  }

  /** vet_support.status. */
  public enum Status { IN_PROGRESS, COMPLETED, DROPPED_OUT, NOT_COMPLETED }

  public record Support(long participantId, Kind kind, String caseBusinessKey, LocalDate start, LocalDate end,
      Status status, Integer hours) {}

  private final JdbcTemplate jdbc;
  private final ParticipantRegistry participants;
  private final EngineClock clock;
  private final ApplicationEventPublisher events;

  public SupportRegistry(JdbcTemplate jdbc, ParticipantRegistry participants, EngineClock clock,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.participants = participants;
    this.clock = clock;
    this.events = events;
  }

  /** The person's forms of support still IN_PROGRESS. */
  public long countInProgress(long participantId) {
    return jdbc.queryForObject("select count(*) from vet_support where participant_id = ? and status = ?",
        Long.class, participantId, Status.IN_PROGRESS.name());
  }

  /** Whether the person's participation has ended: they had a form of support and none is in progress now. */
  public boolean participationEnded(long participantId) {
    return jdbc.queryForObject("select count(*) from vet_support where participant_id = ?", Long.class,
        participantId) > 0 && countInProgress(participantId) == 0;
  }

  /** Supports of this kind the person (by PESEL) has in progress or completed; 0 for someone not registered. */
  public long countInProgressOrCompleted(String pesel, Kind kind) {
    return participants.findByPesel(pesel).map(p -> jdbc.queryForObject("select count(*) from vet_support"
        + " where participant_id = ? and kind = ? and status in (?, ?)", Long.class, p.id(), kind.name(),
        Status.IN_PROGRESS.name(), Status.COMPLETED.name())).orElse(0L);
  }

  /** Supports of these kinds completed, by anyone. */
  public long countCompleted(Collection<Kind> kinds) {
    if (kinds.isEmpty()) {
      return 0;
    }
    List<Object> args = Stream.concat(Stream.of(Status.COMPLETED), kinds.stream()).<Object>map(Enum::name).toList();
    return jdbc.queryForObject("select count(*) from vet_support where status = ? and kind in ("
        + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ")", Long.class, args.toArray());
  }

  /** An internship's form of support starts (IN_PROGRESS, hours not known yet). */
  public void start(long participantId, Kind kind, String businessKey, String processInstanceId, LocalDate start) {
    start(participantId, kind, businessKey, processInstanceId, start, null);
  }

  /** A form of support starts (IN_PROGRESS) with its planned hours, if known (a course). */
  public void start(long participantId, Kind kind, String businessKey, String processInstanceId, LocalDate start,
      Integer hours) {
    jdbc.update("insert into vet_support (participant_id, kind, case_business_key, process_instance_id, start_date,"
        + " status, hours, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", participantId, kind.name(), businessKey,
        processInstanceId, Date.valueOf(start), Status.IN_PROGRESS.name(), hours, now());
  }

  /**
   * The form of support of a case with one participant (an internship) ends: status, end and hours.
   * Every {@code finish} publishes {@link ParticipationEnded} for the person, in this transaction.
   */
  public void finish(Kind kind, String businessKey, Status status, LocalDate end, Integer hours) {
    List<Long> participant = jdbc.queryForList("select participant_id from vet_support where kind = ?"
        + " and case_business_key = ?", Long.class, kind.name(), businessKey);
    int updated = jdbc.update("update vet_support set status = ?, end_date = ?, hours = ?, updated_at = ?"
        + " where kind = ? and case_business_key = ?", status.name(), end == null ? null : Date.valueOf(end), hours,
        now(), kind.name(), businessKey);
    if (updated != 1) {
      throw new IllegalStateException("No support of kind " + kind + " recorded for case " + businessKey);
    }
    ended(participant.get(0), status);
  }

  /** One participant's form of support of a case with many (a course) ends; its hours stay. */
  public void finish(long participantId, Kind kind, String businessKey, Status status, LocalDate end) {
    int updated = jdbc.update("update vet_support set status = ?, end_date = ?, updated_at = ? where participant_id = ?"
        + " and kind = ? and case_business_key = ?", status.name(), Date.valueOf(end), now(), participantId,
        kind.name(), businessKey);
    if (updated != 1) {
      throw new IllegalStateException("No support of kind " + kind + " recorded for participant " + participantId
          + " in case " + businessKey);
    }
    ended(participantId, status);
  }

  /** One participant's form of support of a case with many (a group activity) ends, with the hours attended. */
  public void finish(long participantId, Kind kind, String businessKey, Status status, LocalDate end, Integer hours) {
    int updated = jdbc.update("update vet_support set status = ?, end_date = ?, hours = ?, updated_at = ?"
        + " where participant_id = ? and kind = ? and case_business_key = ?", status.name(), Date.valueOf(end), hours,
        now(), participantId, kind.name(), businessKey);
    if (updated != 1) {
      throw new IllegalStateException("No support of kind " + kind + " recorded for participant " + participantId
          + " in case " + businessKey);
    }
    ended(participantId, status);
  }

  private void ended(long participantId, Status status) {
    if (status != Status.IN_PROGRESS) {
      events.publishEvent(new ParticipationEnded(participantId));
    }
  }

  /** Every form of support of a case, by participant. */
  public List<Support> ofCase(String businessKey) {
    return jdbc.query("select * from vet_support where case_business_key = ? order by participant_id",
        SupportRegistry::support, businessKey);
  }

  private static Support support(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Support(rs.getLong("participant_id"), Kind.valueOf(rs.getString("kind")),
        rs.getString("case_business_key"), rs.getDate("start_date").toLocalDate(),
        rs.getDate("end_date") == null ? null : rs.getDate("end_date").toLocalDate(),
        Status.valueOf(rs.getString("status")), rs.getObject("hours", Integer.class));
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
