package pl.vetworkflow.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/group-activity-rules.dmn row by row: one rule per kind (UNIQUE), what each decides. */
class GroupActivityRulesDecisionTest {
  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = GroupActivityRulesDecisionTest.class.getResourceAsStream("/processes/group-activity-rules.dmn")) {
      decision = engine.parseDecision(GroupActivityVariables.RULES_DECISION, dmn);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "SPECIALIST_CLASSES,     10, 0.8, SCHOOL, false, false",
      "KEY_COMPETENCE_CLASSES, 10, 0.8, SCHOOL, false, true",
      "SCIENCE_CAMP,           20, 0.8, SCHOOL, false, false",
      "STUDY_VISIT,             4, 1.0, SCHOOL, true,  false",
      "JOB_FAIR,                3, 1.0, OFFICE, false, false"})
  void eachKindHasItsRules(String kind, int minHours, double share, String plannedBy, boolean partner, boolean area) {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("activityKind", kind)).getSingleResult();
    assertThat(result.<Integer>getEntry("minHours")).isEqualTo(minHours);
    assertThat(result.<Double>getEntry("attendanceShare")).isEqualTo(share);
    assertThat(result.<String>getEntry("plannedBy")).isEqualTo(plannedBy);
    assertThat(result.<Boolean>getEntry("partnerEmployerRequired")).isEqualTo(partner);
    assertThat(result.<Boolean>getEntry("areaRequired")).isEqualTo(area);
  }

  @Test
  void everyKindOfTheCodeHasExactlyOneRow() {
    for (ActivityKind kind : ActivityKind.values()) {
      assertThat(engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("activityKind", kind.name())))
          .as(kind.name()).hasSize(1);
    }
    assertThat(engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("activityKind", "OTHER")))
        .isEmpty();
  }

  @Test
  void theShareIsReachedExactlyWithoutRounding() {
    assertThat(AssessGroupActivityAttendanceDelegate.supported(4, 5, 0.8)).isTrue();
    assertThat(AssessGroupActivityAttendanceDelegate.supported(3, 5, 0.8)).isFalse();
    assertThat(AssessGroupActivityAttendanceDelegate.supported(7, 9, 0.8)).isFalse();
    assertThat(AssessGroupActivityAttendanceDelegate.supported(1, 1, 1.0)).isTrue();
    assertThat(AssessGroupActivityAttendanceDelegate.supported(0, 1, 1.0)).isFalse();
    assertThat(AssessGroupActivityAttendanceDelegate.percent(0.8)).isEqualTo("80%");
    assertThatThrownBy(() -> ActivityKind.valueOf("OTHER")).isInstanceOf(IllegalArgumentException.class);
  }
}
