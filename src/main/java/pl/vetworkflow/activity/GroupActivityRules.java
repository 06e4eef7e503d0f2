package pl.vetworkflow.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Commands;

/**
 * The rules of a kind of group activity: the deployed decision table {@code group-activity-rules}
 * (latest version, hit policy UNIQUE). Read by the plan's form rules (a plan that breaks them is
 * refused) and by {@code assessGroupActivityPlan} (the case keeps the rules it was approved with).
 * The engine's decision history is not written for these evaluations.
 */
@Component
public class GroupActivityRules {
  /** Who plans a kind: for one school (its coordinator or the office), or only the programme office. */
  public enum Planner { SCHOOL, OFFICE }

  /**
   * The rules of one kind.
   *
   * @param minHours the fewest hours of a plan
   * @param attendanceShare share (0..1) of the meetings a participant attends to count as supported
   * @param plannedBy who plans it
   * @param partnerEmployerRequired whether a partner employer must be named
   * @param areaRequired whether a key-competence area must be named
   */
  public record KindRules(long minHours, double attendanceShare, Planner plannedBy, boolean partnerEmployerRequired,
      boolean areaRequired) {
    /** Only the office plans it; then it may be a regional event without a school. */
    public boolean officeOnly() {
      return plannedBy == Planner.OFFICE;
    }
  }

  private final RepositoryService repository;
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> byDefinitionId = new ConcurrentHashMap<>();

  public GroupActivityRules(@Lazy RepositoryService repository) {
    this.repository = repository;
  }

  public KindRules of(ActivityKind kind) {
    DmnDecisionRuleResult result = dmnEngine.evaluateDecisionTable(decision(), Variables.createVariables()
        .putValue("activityKind", kind.name())).getSingleResult();
    if (result == null) {
      throw new IllegalStateException("Decision " + GroupActivityVariables.RULES_DECISION + " has no rule for " + kind);
    }
    Number hours = result.getEntry("minHours");
    Number share = result.getEntry("attendanceShare");
    String plannedBy = result.getEntry("plannedBy");
    return new KindRules(hours.longValue(), share.doubleValue(), Planner.valueOf(plannedBy),
        Boolean.TRUE.equals(result.getEntry("partnerEmployerRequired")), Boolean.TRUE.equals(result.getEntry("areaRequired")));
  }

  private DmnDecision decision() {
    DecisionDefinition definition = Commands.withoutAuthorization(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(GroupActivityVariables.RULES_DECISION).latestVersion().singleResult());
    if (definition == null) {
      throw new IllegalStateException("Decision " + GroupActivityVariables.RULES_DECISION + " is not deployed");
    }
    return byDefinitionId.computeIfAbsent(definition.getId(), id -> Commands.withoutAuthorization(() -> {
      try (InputStream dmn = repository.getDecisionModel(id)) {
        return dmnEngine.parseDecision(GroupActivityVariables.RULES_DECISION, dmn);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }
}
