package pl.vetworkflow.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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
 * Whether a participant completed a course: the deployed decision table {@code course-completion}
 * (latest version) with the configured attendance threshold. Evaluated by the form check of the
 * results (a certificate is required exactly for those who completed) and by the step that stores the
 * results, so both apply the same rule. The engine's decision history is not written for these
 * evaluations: the outcome and its reason are stored per participant in vet_course_enrolment.
 */
@Component
public class CourseCompletion {
  /** Outcome for one participant. */
  public record Outcome(boolean completed, String reason) {}

  private final RepositoryService repository;
  private final CourseSettings settings;
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> byDefinitionId = new ConcurrentHashMap<>();

  public CourseCompletion(@Lazy RepositoryService repository, CourseSettings settings) {
    this.repository = repository;
    this.settings = settings;
  }

  public Outcome evaluate(CourseKind kind, BigDecimal attendancePercent, ResultRows.Exam exam) {
    DmnDecision decision = decision();
    DmnDecisionRuleResult result = dmnEngine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("courseKind", kind.name())
        .putValue("attendancePercent", attendancePercent.doubleValue())
        .putValue("examResult", exam == null ? null : exam.name())
        .putValue("attendanceThreshold", settings.attendanceThresholdPercent()))
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException("Decision " + CourseVariables.COMPLETION_DECISION + " has no rule for " + kind
          + ", attendance " + attendancePercent + ", exam " + exam);
    }
    Boolean completed = result.getEntry("completed");
    return new Outcome(Boolean.TRUE.equals(completed), result.getEntry("completionReason"));
  }

  private DmnDecision decision() {
    DecisionDefinition definition = withoutAuthorization(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(CourseVariables.COMPLETION_DECISION).latestVersion().singleResult());
    if (definition == null) {
      throw new IllegalStateException("Decision " + CourseVariables.COMPLETION_DECISION + " is not deployed");
    }
    return byDefinitionId.computeIfAbsent(definition.getId(), id -> withoutAuthorization(() -> {
      try (InputStream dmn = repository.getDecisionModel(id)) {
        return dmnEngine.parseDecision(CourseVariables.COMPLETION_DECISION, dmn);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  /** Everyone may apply the programme's rule; reading the deployed table is not their permission. */
  private static <T> T withoutAuthorization(Supplier<T> action) {
    return Commands.withoutAuthorization(action);
  }
}
