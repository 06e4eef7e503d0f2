package pl.vetworkflow.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What GET /api/indicators answers: the programme's figures at {@code generatedAt}. */
public record ProgrammeIndicators(
    Instant generatedAt,
    List<Indicator> activities,
    List<Indicator> people,
    Demography participants,
    List<SchoolFigures> schools,
    Bottlenecks bottlenecks) {

  /**
   * One target. Activities: completed / in progress forms of support. People: persons with at least
   * one completed form of support / persons registered with none completed yet. {@code completedBySex}:
   * the completed ones by the person's sex (K, M). A target not set ({@code targetSet} false, the
   * group activities' by default): {@code target} and {@code percent} are null, the plugin shows
   * "cel nieustalony".
   */
  public record Indicator(String key, String name, Integer target, boolean targetSet, long completed,
      Map<String, Long> completedBySex, long inProgress, BigDecimal percent) {}

  /** Persons (each once) by sex, by age group at their first support, and by type and sex. */
  public record Demography(long total, Map<String, Long> bySex, Map<String, Long> byAgeGroup,
      Map<String, Map<String, Long>> byTypeAndSex) {}

  /**
   * One school's figures; {@code completedGroupActivities}: its participants' completed forms of support
   * of each group activity kind and counselling, by the indicator's key ({@link GroupActivityIndicator}).
   */
  public record SchoolFigures(String id, String name, String type, Map<String, Long> casesByStage,
      long completedInternships, long completedCourses, Map<String, Long> completedGroupActivities,
      BigDecimal equipmentBudget, BigDecimal equipmentBudgetUsed, BigDecimal equipmentBudgetLeft) {}

  public record Bottlenecks(List<StepBacklog> openTasksByStep, List<OverdueByGroup> overdueTasksByGroup,
      FailedEmails failedEmails) {}

  /** Open tasks of one step (user task of one process) and how long the oldest has waited. */
  public record StepBacklog(String processKey, String processName, String taskKey, String taskName, long open,
      long overdue, long oldestAgeHours) {}

  /** Overdue open tasks routed to one group: a role (coordinators, ...) or an organisation (school-1, ...). */
  public record OverdueByGroup(String groupId, String groupName, String groupType, long overdue) {}

  public record FailedEmails(long count, List<FailedEmail> latest) {}

  public record FailedEmail(long id, String businessKey, String subject, Instant createdAt, String reason) {}
}
