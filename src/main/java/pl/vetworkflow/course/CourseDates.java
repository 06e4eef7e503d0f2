package pl.vetworkflow.course;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.EngineClock;

/**
 * Date arithmetic of courses for the model ({@code ${courseDates.startOf(plannedStartDate)}}) and the
 * form checks. Dates are Polish calendar days (Europe/Warsaw); "today" follows the engine clock.
 */
@Component("courseDates")
public class CourseDates {
  static final ZoneId ZONE = EngineClock.ZONE;

  private final EngineClock clock;

  public CourseDates(EngineClock clock) {
    this.clock = clock;
  }

  /** Midnight at the start of {@code isoDate}: the course has started. */
  public Date startOf(Object isoDate) {
    return Date.from(day(isoDate).atStartOfDay(ZONE).toInstant());
  }

  /** Midnight at the start of the day after {@code isoDate}: that day is over. */
  public Date dayAfter(Object isoDate) {
    return Date.from(day(isoDate).plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  /**
   * Due date of the enrolment: the end of the day before the course starts, but never earlier than
   * {@code minimumDays} days from now (a late approval still leaves time to enrol).
   */
  public Date enrolmentDue(Object plannedStartDate, long minimumDays) {
    LocalDate due = day(plannedStartDate);
    LocalDate earliest = today().plusDays(minimumDays + 1);
    return Date.from((due.isBefore(earliest) ? earliest : due).atStartOfDay(ZONE).toInstant());
  }

  LocalDate today() {
    return clock.today();
  }

  private static LocalDate day(Object isoDate) {
    return LocalDate.parse(isoDate.toString().substring(0, 10));
  }
}
