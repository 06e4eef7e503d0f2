package pl.vetworkflow.internship;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Date arithmetic of internships, for the models ({@code ${internshipCalendar.dayAfter(plannedEndDate)}})
 * and the attendance checks. Dates are Polish calendar days (Europe/Warsaw).
 */
@Component("internshipCalendar")
public class InternshipCalendar {
  static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

  /** Midnight at the start of the day after {@code isoDate}: the moment that day is over. */
  public Date dayAfter(Object isoDate) {
    LocalDate day = LocalDate.parse(isoDate.toString().substring(0, 10));
    return Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  /** Days from {@code start} to {@code end} inclusive on which an internship may run (no Sundays). */
  public static long workingDays(LocalDate start, LocalDate end) {
    long days = 0;
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days++;
      }
    }
    return days;
  }

  /** Started weeks (7-day blocks) from {@code start} to {@code end} inclusive. */
  public static long weeks(LocalDate start, LocalDate end) {
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    return (days + 6) / 7;
  }

  /** The most hours that fit into the period under the daily and weekly limits. */
  public static long maxHours(LocalDate start, LocalDate end, int perDay, int perWeek) {
    return Math.min(workingDays(start, end) * perDay, weeks(start, end) * perWeek);
  }
}
