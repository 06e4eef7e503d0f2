package pl.vetworkflow.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/course-completion.dmn row by row: which rule matches and what it decides. */
class CourseCompletionDecisionTest {
  static DmnEngine engine;
  static DmnDecision decision;
  static final List<String> matched = new ArrayList<>();

  @BeforeAll
  static void parse() throws Exception {
    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
        .createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
      @Override
      public void notify(DmnDecisionTableEvaluationEvent event) {
        event.getMatchingRules().forEach(r -> matched.add(r.getId()));
      }
    }));
    engine = configuration.buildEngine();
    try (InputStream dmn = CourseCompletionDecisionTest.class.getResourceAsStream("/processes/course-completion.dmn")) {
      decision = engine.parseDecision("course-completion", dmn);
    }
  }

  static DmnDecisionRuleResult evaluate(String kind, double attendance, String exam, int threshold) {
    matched.clear();
    return engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("courseKind", kind)
        .putValue("attendancePercent", attendance).putValue("examResult", exam)
        .putValue("attendanceThreshold", threshold)).getSingleResult();
  }

  @ParameterizedTest(name = "{0}, {1}%, exam {2}, threshold {3} -> {4} by {5}")
  @CsvSource(nullValues = "null", value = {
      // rule 1: attendance below the configured threshold, whatever the kind and the exam
      "STUDENT_QUALIFICATION_COURSE, 79.99, PASSED, 80, false, Rule_attendance_below_threshold",
      "STUDENT_COMPETENCE_COURSE,    0,     null,   80, false, Rule_attendance_below_threshold",
      "TEACHER_COURSE,               69,    null,   70, false, Rule_attendance_below_threshold",
      "PNZ_INSTRUCTOR_COURSE,        79,    null,   80, false, Rule_attendance_below_threshold",
      // rule 2: qualification course without a passed exam
      "STUDENT_QUALIFICATION_COURSE, 100,   FAILED, 80, false, Rule_qualification_exam_not_passed",
      "STUDENT_QUALIFICATION_COURSE, 80,    ABSENT, 80, false, Rule_qualification_exam_not_passed",
      "STUDENT_QUALIFICATION_COURSE, 90,    null,   80, false, Rule_qualification_exam_not_passed",
      // rule 3: qualification course, attendance reached exactly, exam passed
      "STUDENT_QUALIFICATION_COURSE, 80,    PASSED, 80, true,  Rule_qualification_completed",
      // rule 4: other kinds need only the attendance (a threshold of 70 lets 70% pass)
      "STUDENT_COMPETENCE_COURSE,    80,    null,   80, true,  Rule_other_kinds_completed",
      "TEACHER_COURSE,               70,    null,   70, true,  Rule_other_kinds_completed",
      "PNZ_INSTRUCTOR_COURSE,        100,   null,   80, true,  Rule_other_kinds_completed",
  })
  void eachRule(String kind, double attendance, String exam, int threshold, boolean completed, String rule) {
    DmnDecisionRuleResult result = evaluate(kind, attendance, exam, threshold);
    assertThat(matched).containsExactly(rule);
    assertThat((Boolean) result.getEntry("completed")).isEqualTo(completed);
    assertThat((String) result.getEntry("completionReason")).isNotBlank();
  }

  @Test
  void reasonNamesTheConfiguredThreshold() {
    assertThat((String) evaluate("TEACHER_COURSE", 50, null, 75).getEntry("completionReason"))
        .isEqualTo("frekwencja poniżej wymaganych 75%");
  }

  @Test
  void decisionHasHistoryTimeToLive() throws Exception {
    try (InputStream dmn = CourseCompletionDecisionTest.class.getResourceAsStream("/processes/course-completion.dmn")) {
      assertThat(new String(dmn.readAllBytes())).contains("camunda:historyTimeToLive=\"1825\"");
    }
  }
}
