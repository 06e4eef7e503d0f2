package pl.vetworkflow.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock of the domain code: the engine's clock, so that due dates, timers, reminders, case
 * numbers and the registries' timestamps agree, and a test that moves the engine clock
 * ({@code ClockUtil.setCurrentTime}) moves them all. Calendar days are those of Poland.
 */
@Component
public class EngineClock {
  /** The programme's time zone: every "day" of a rule is a day in Poland. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public Date nowAsDate() {
    return Date.from(now());
  }

  /** Now, for a JDBC parameter. */
  public Timestamp timestamp() {
    return Timestamp.from(now());
  }

  /** Today in Poland. */
  public LocalDate today() {
    return LocalDate.ofInstant(now(), ZONE);
  }
}
