package pl.vetworkflow.course;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.support.SupportRegistry;

/**
 * Courses ({@code vet_course}) and their enrolments ({@code vet_course_enrolment}); the participants'
 * forms of support of the course kinds are in {@code support.SupportRegistry}. Runs in the engine's
 * transaction.
 */
@Repository
public class CourseRegistry {
  /** vet_course.status. */
  public enum CourseStatus { APPROVED, RUNNING, COMPLETED, CANCELLED }

  /** vet_course_enrolment.status. */
  public enum EnrolmentStatus { ENROLLED, WITHDRAWN, COMPLETED, NOT_COMPLETED }

  public record Course(String caseBusinessKey, CourseKind kind, String schoolId, String topic, int seats,
      int plannedHours, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal estimatedCost, CourseStatus status,
      String targetOverrideReason, String providerName, String contractNumber, String kuratorApprovalNumber,
      LocalDate kuratorApprovalDate, Integer programmeHours) {}

  public record Enrolment(long id, String pesel, String firstName, String lastName, Long participantId,
      EnrolmentStatus status, BigDecimal attendancePercent, String examResult, String completionReason,
      String certificateNumber, LocalDate certificateDate) {

    public String name() {
      return firstName + " " + lastName;
    }
  }

  private static final RowMapper<Course> COURSE = (rs, n) -> new Course(rs.getString("case_business_key"),
      CourseKind.valueOf(rs.getString("kind")), rs.getString("school_id"), rs.getString("topic"), rs.getInt("seats"),
      rs.getInt("planned_hours"), rs.getDate("planned_start_date").toLocalDate(),
      rs.getDate("planned_end_date").toLocalDate(), rs.getBigDecimal("estimated_cost"),
      CourseStatus.valueOf(rs.getString("status")), rs.getString("target_override_reason"),
      rs.getString("provider_name"), rs.getString("contract_number"), rs.getString("kurator_approval_number"),
      localDate(rs.getDate("kurator_approval_date")), (Integer) rs.getObject("programme_hours", Integer.class));

  private static final RowMapper<Enrolment> ENROLMENT = (rs, n) -> new Enrolment(rs.getLong("id"),
      rs.getString("pesel"), rs.getString("first_name"), rs.getString("last_name"),
      (Long) rs.getObject("participant_id", Long.class), EnrolmentStatus.valueOf(rs.getString("status")),
      rs.getBigDecimal("attendance_percent"), rs.getString("exam_result"), rs.getString("completion_reason"),
      rs.getString("certificate_number"), localDate(rs.getDate("certificate_date")));

  private final JdbcTemplate jdbc;
  private final SupportRegistry supports;
  private final EngineClock clock;

  public CourseRegistry(JdbcTemplate jdbc, SupportRegistry supports, EngineClock clock) {
    this.jdbc = jdbc;
    this.supports = supports;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ courses

  public void approve(String businessKey, String processInstanceId, CourseKind kind, String schoolId, String topic,
      int seats, int plannedHours, LocalDate start, LocalDate end, BigDecimal estimatedCost, String overrideReason) {
    Timestamp now = now();
    jdbc.update("insert into vet_course (case_business_key, process_instance_id, kind, school_id, topic, seats,"
        + " planned_hours, planned_start_date, planned_end_date, estimated_cost, status, target_override_reason,"
        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", businessKey,
        processInstanceId, kind.name(), schoolId, topic, seats, plannedHours, Date.valueOf(start), Date.valueOf(end),
        estimatedCost, CourseStatus.APPROVED.name(), overrideReason, now, now);
  }

  public void recordProvider(String businessKey, String providerName, String contractNumber) {
    update("update vet_course set provider_name = ?, contract_number = ?, updated_at = ? where case_business_key = ?",
        providerName, contractNumber, now(), businessKey);
  }

  public void recordKuratorApproval(String businessKey, String number, LocalDate date, int programmeHours) {
    update("update vet_course set kurator_approval_number = ?, kurator_approval_date = ?, programme_hours = ?,"
        + " updated_at = ? where case_business_key = ?", number, Date.valueOf(date), programmeHours, now(), businessKey);
  }

  public void setStatus(String businessKey, CourseStatus status) {
    update("update vet_course set status = ?, updated_at = ? where case_business_key = ?", status.name(), now(),
        businessKey);
  }

  public Optional<Course> find(String businessKey) {
    return jdbc.query("select * from vet_course where case_business_key = ?", COURSE, businessKey).stream().findFirst();
  }

  /**
   * What the programme has already used of a target: the seats of approved courses that have not ended
   * (APPROVED, RUNNING) and the completions of ended courses of the same target group (their forms of
   * support, {@link SupportRegistry}).
   */
  public long committedParticipations(CourseKind.TargetGroup group) {
    List<String> kinds = group.kinds().stream().map(Enum::name).toList();
    String in = String.join(", ", kinds.stream().map(k -> "?").toList());
    List<Object> args = new ArrayList<>(List.of(CourseStatus.APPROVED.name(), CourseStatus.RUNNING.name()));
    args.addAll(kinds);
    Long seats = jdbc.queryForObject("select coalesce(sum(seats), 0) from vet_course where status in (?, ?)"
        + " and kind in (" + in + ")", Long.class, args.toArray());
    long completed = supports.countCompleted(group.kinds().stream().map(CourseKind::supportKind).toList());
    return seats + completed;
  }

  // ------------------------------------------------------------------ enrolments

  /** Enrols a person; one withdrawn earlier from the same course is enrolled again. */
  public void enrol(String businessKey, String pesel, String firstName, String lastName, LocalDate noticeAcknowledged) {
    Timestamp now = now();
    int again = jdbc.update("update vet_course_enrolment set status = ?, first_name = ?, last_name = ?,"
        + " notice_acknowledged = ?, enrolled_at = ?, withdrawn_at = null, updated_at = ? where case_business_key = ?"
        + " and pesel = ? and status = ?", EnrolmentStatus.ENROLLED.name(), firstName, lastName,
        Date.valueOf(noticeAcknowledged), now, now, businessKey, pesel, EnrolmentStatus.WITHDRAWN.name());
    if (again == 0) {
      jdbc.update("insert into vet_course_enrolment (case_business_key, pesel, first_name, last_name, status,"
          + " notice_acknowledged, enrolled_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", businessKey,
          pesel, firstName, lastName, EnrolmentStatus.ENROLLED.name(), Date.valueOf(noticeAcknowledged), now, now);
    }
  }

  public void withdraw(String businessKey, String pesel) {
    Timestamp now = now();
    update("update vet_course_enrolment set status = ?, withdrawn_at = ?, updated_at = ?"
        + " where case_business_key = ? and status = ? and pesel = ?", EnrolmentStatus.WITHDRAWN.name(), now, now,
        businessKey, EnrolmentStatus.ENROLLED.name(), pesel);
  }

  /** Every enrolment of the course, withdrawn ones too, in enrolment order. */
  public List<Enrolment> enrolments(String businessKey) {
    return jdbc.query("select * from vet_course_enrolment where case_business_key = ? order by id", ENROLMENT,
        businessKey);
  }

  /** Participants currently on the course (not withdrawn). */
  public List<Enrolment> active(String businessKey) {
    return enrolments(businessKey).stream().filter(e -> e.status() != EnrolmentStatus.WITHDRAWN).toList();
  }

  public void linkParticipant(long enrolmentId, long participantId) {
    update("update vet_course_enrolment set participant_id = ?, updated_at = ? where id = ?", participantId, now(),
        enrolmentId);
  }

  public void recordResult(long enrolmentId, BigDecimal attendance, String exam, boolean completed, String reason,
      String certificateNumber, LocalDate certificateDate) {
    update("update vet_course_enrolment set attendance_percent = ?, exam_result = ?, status = ?, completion_reason = ?,"
        + " certificate_number = ?, certificate_date = ?, updated_at = ? where id = ?", attendance, exam,
        (completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED).name(), reason, certificateNumber,
        certificateDate == null ? null : Date.valueOf(certificateDate), now(), enrolmentId);
  }

  private void update(String sql, Object... args) {
    if (jdbc.update(sql, args) != 1) {
      throw new IllegalStateException("course record not found: " + args[args.length - 1]);
    }
  }

  private Timestamp now() {
    return clock.timestamp();
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
