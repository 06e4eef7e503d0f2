package pl.vetworkflow.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.EngineClock;

/**
 * Due dates of group activities for the model ({@code ${activityDates.enrolmentDue(activityStartDate)}}).
 * Polish calendar days (Europe/Warsaw); "today" follows the engine clock.
 */
@Component("activityDates")
public class ActivityDates {
  /** Days the school has at least to enrol, however late the plan is approved. */
  static final long MINIMUM_ENROLMENT_DAYS = 3;
  /** Days after the last meeting to enter the attendance. */
  static final long ATTENDANCE_DAYS = 7;
  private static final ZoneId ZONE = EngineClock.ZONE;

  private final EngineClock clock;

  public ActivityDates(EngineClock clock) {
    this.clock = clock;
  }

  /** Midnight at the start of the first day, but never earlier than three full days from now. */
  public Date enrolmentDue(Object activityStartDate) {
    LocalDate due = day(activityStartDate);
    LocalDate earliest = clock.today().plusDays(MINIMUM_ENROLMENT_DAYS + 1);
    return Date.from((due.isBefore(earliest) ? earliest : due).atStartOfDay(ZONE).toInstant());
  }

  /** A week after the last day (midnight), but never earlier than a week from now. */
  public Date attendanceDue(Object activityEndDate) {
    LocalDate due = day(activityEndDate).plusDays(ATTENDANCE_DAYS + 1);
    LocalDate earliest = clock.today().plusDays(ATTENDANCE_DAYS + 1);
    return Date.from((due.isBefore(earliest) ? earliest : due).atStartOfDay(ZONE).toInstant());
  }

  private static LocalDate day(Object isoDate) {
    return LocalDate.parse(isoDate.toString().substring(0, 10));
  }
}
