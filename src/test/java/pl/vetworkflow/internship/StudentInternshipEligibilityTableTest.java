package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The eligibility table, row by row (hit policy FIRST: each case is built to reach one row). */
class StudentInternshipEligibilityTableTest {
  static DmnDecision decision;
  static DmnEngine dmn;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = StudentInternshipEligibilityTableTest.class.getResourceAsStream(
        "/processes/student-internship-eligibility.dmn")) {
      decision = dmn.parseDecision("student-internship-eligibility", in);
    }
  }

  @ParameterizedTest(name = "row {0}: previous={1} juvenile={2} age={3} school={4} hours={5} -> {6}")
  @CsvSource({
      // row, previousInternships, juvenileWorker, studentAge, schoolType, plannedHours, eligibility, reason contains
      "1, 1, false, 17, TECHNIKUM, 150, NOT_ELIGIBLE, odbył już staż",
      "1, 2, true, 14, SPECJALNA, 100, NOT_ELIGIBLE, odbył już staż",
      "2, 0, true, 17, TECHNIKUM, 150, NOT_ELIGIBLE, młodocianym pracownikiem",
      "3, 0, false, 14, TECHNIKUM, 150, NOT_ELIGIBLE, nie ukończył 15 lat",
      "4, 0, false, 17, SPECJALNA, 150, REVIEW, szkoły specjalnej",
      "5, 0, false, 17, TECHNIKUM, 149, REVIEW, inna niż standardowa",
      "5, 0, false, 17, BRANZOWA_I, 161, REVIEW, inna niż standardowa",
      "6, 0, false, 25, TECHNIKUM, 150, REVIEW, ukończone 25 lat",
      "7, 0, false, 15, TECHNIKUM, 150, ELIGIBLE, spełnia kryteria",
      "7, 0, false, 24, BRANZOWA_I, 160, ELIGIBLE, spełnia kryteria",
  })
  void row(int row, int previous, boolean juvenile, int age, String schoolType, int hours, String eligibility,
      String reason) {
    DmnDecisionRuleResult result = dmn.evaluateDecisionTable(decision, Variables.fromMap(Map.of(
        "previousInternships", previous, "juvenileWorker", juvenile, "studentAge", age,
        "schoolType", schoolType, "plannedHours", hours))).getSingleResult();
    assertThat((String) result.getEntry("eligibility")).as("row %d", row).isEqualTo(eligibility);
    assertThat((String) result.getEntry("eligibilityReason")).contains(reason);
  }
}
