package pl.vetworkflow.indicators;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The months the programme runs ({@code vet.programme.start} / {@code vet.programme.end}, e.g.
 * {@code 2025-09} / {@code 2027-08}, both included): the time axis of the trends and the span of the
 * plan line, which rises evenly from 0 before the first month to the target at the end of the last.
 */
@ConfigurationProperties("vet.programme")
public record ProgrammePeriod(String start, String end) {
  public ProgrammePeriod {
    if (start == null || start.isBlank() || end == null || end.isBlank()) {
      throw new IllegalArgumentException("vet.programme.start and vet.programme.end must be set (months, e.g. 2025-09)");
    }
    if (parse("start", start).isAfter(parse("end", end))) {
      throw new IllegalArgumentException("vet.programme.start must not be after vet.programme.end");
    }
  }

  public YearMonth firstMonth() {
    return parse("start", start);
  }

  public YearMonth lastMonth() {
    return parse("end", end);
  }

  /** Every month of the programme, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private static YearMonth parse(String name, String value) {
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("vet.programme." + name + " must be a month like 2025-09, not '" + value + "'", e);
    }
  }
}
