package pl.vetworkflow.procurement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.EngineClock;

/**
 * {@code ${procurementCalendar...}}: dates of the procurement models. Deadlines are whole days in
 * Europe/Warsaw: a deadline is kept until its end, so the process acts at the start of the next day.
 */
@Component("procurementCalendar")
public class ProcurementCalendar {
  public static final ZoneId ZONE = EngineClock.ZONE;

  /** Midnight at the start of the day after {@code isoDate}: when a deadline has passed. */
  public Date dayAfter(String isoDate) {
    return daysAfter(isoDate, 1);
  }

  /** Midnight at the start of the day {@code days} after {@code isoDate}. */
  public Date daysAfter(String isoDate, int days) {
    return Date.from(LocalDate.parse(isoDate).plusDays(days).atStartOfDay(ZONE).toInstant());
  }

}
