package pl.vetworkflow.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/indicators/trends} answers ({@link ProgrammeTrends}): months as
 * {@code yyyy-MM}, from the programme's first to its last month.
 *
 * @param currentMonth the month of {@code generatedAt} in Poland: later months have no actual value
 */
public record TrendsReport(Instant generatedAt, String firstMonth, String lastMonth, String currentMonth,
    List<ActivityTrend> activities, List<OpenStep> openTasksByStep) {

  /** One activity indicator over the months; target null (targetSet false): "cel nieustalony", no plan. */
  public record ActivityTrend(String key, String name, Integer target, boolean targetSet, List<MonthPoint> months) {}

  /**
   * One month: completions cumulated to its end (null for a month still to come) and the plan at its
   * end (null without a target).
   */
  public record MonthPoint(String month, Long completed, BigDecimal plan) {}

  /** Open tasks of one step of one process (Polish names from the models), most first. */
  public record OpenStep(String processKey, String processName, String taskKey, String taskName, long open) {}
}
