package pl.vetworkflow.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.engine.EngineFigures;
import pl.vetworkflow.indicators.TrendsReport.ActivityTrend;
import pl.vetworkflow.indicators.TrendsReport.MonthPoint;
import pl.vetworkflow.indicators.TrendsReport.OpenStep;
import pl.vetworkflow.support.SupportRegistry.Status;

/**
 * The programme's progress over time ({@code GET /api/indicators/trends}, the chart "Postęp w czasie"
 * in Cockpit): per activity indicator the completions (forms of support COMPLETED, by their end date)
 * cumulated month by month over {@link ProgrammePeriod}, against the plan, a straight line from 0
 * before the first month to the target at the end of the last; and the open tasks per process step
 * (the chart "Sprawy w toku według etapu").
 *
 * <p>Completions that ended before the first month count from the first month on; the actual series
 * stops at the current month (months still to come have no value). A target not set ("cel
 * nieustalony") gives no plan.
 */
@Repository
public class ProgrammeTrends {
  private final JdbcTemplate jdbc;
  private final EngineFigures engine;
  private final ProgrammeTargets targets;
  private final ProgrammePeriod period;
  private final EngineClock clock;

  public ProgrammeTrends(JdbcTemplate jdbc, EngineFigures engine, ProgrammeTargets targets, ProgrammePeriod period,
      EngineClock clock) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.targets = targets;
    this.period = period;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public TrendsReport compute() {
    Instant now = clock.now();
    YearMonth current = YearMonth.from(clock.today());
    List<YearMonth> months = period.months();
    List<ActivityTrend> activities = new ArrayList<>();
    for (ActivityDefinition activity : ActivityDefinition.all()) {
      Integer target = targets.targetIfSet(activity.key()).orElse(null);
      Map<YearMonth, Long> completedByMonth = completedByMonth(activity.kinds(), months.get(months.size() - 1));
      List<MonthPoint> points = new ArrayList<>();
      long cumulated = 0;
      for (int i = 0; i < months.size(); i++) {
        YearMonth month = months.get(i);
        boolean first = i == 0;
        cumulated += completedByMonth.entrySet().stream().filter(e -> first ? !e.getKey().isAfter(month)
            : e.getKey().equals(month)).mapToLong(Map.Entry::getValue).sum();
        points.add(new MonthPoint(month.toString(), month.isAfter(current) ? null : cumulated,
            target == null ? null : plan(target, i + 1, months.size())));
      }
      activities.add(new ActivityTrend(activity.key(), activity.name(), target, target != null, points));
    }
    List<OpenStep> steps = engine.openTasksByStep(now).stream()
        .map(s -> new OpenStep(s.processKey(), s.processName() == null ? s.processKey() : s.processName(),
            s.taskKey(), s.taskName() == null ? s.taskKey() : s.taskName(), s.openTasks()))
        .sorted(Comparator.comparingLong(OpenStep::open).reversed().thenComparing(OpenStep::processName)
            .thenComparing(OpenStep::taskName))
        .toList();
    return new TrendsReport(now, period.firstMonth().toString(), period.lastMonth().toString(), current.toString(),
        activities, steps);
  }

  /** The plan after {@code elapsed} of {@code months} months: the target's share, to one decimal. */
  static BigDecimal plan(int target, int elapsed, int months) {
    return BigDecimal.valueOf((long) target * elapsed).divide(BigDecimal.valueOf(months), 1, RoundingMode.HALF_UP);
  }

  /** Completed forms of support of these kinds by the month they ended in, up to {@code last}. */
  private Map<YearMonth, Long> completedByMonth(List<String> kinds, YearMonth last) {
    List<Object> args = new ArrayList<>();
    args.add(Status.COMPLETED.name());
    args.add(Date.valueOf(last.atEndOfMonth()));
    args.addAll(kinds);
    Map<YearMonth, Long> counts = new TreeMap<>();
    jdbc.query("select end_date from vet_report_support where status = ? and end_date is not null and end_date <= ?"
        + " and kind in (" + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ")", rs -> {
          LocalDate end = rs.getDate("end_date").toLocalDate();
          counts.merge(YearMonth.from(end), 1L, Long::sum);
        }, args.toArray());
    return counts;
  }
}
