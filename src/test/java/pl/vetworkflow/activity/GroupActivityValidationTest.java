package pl.vetworkflow.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.vetworkflow.activity.GroupActivityForms.*;
import static pl.vetworkflow.activity.GroupActivityVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.RegistryCaseTest;
import pl.vetworkflow.validation.FormValidationException;

/**
 * Server-side validation of the group-activity forms: a plan or a step that breaks the rules is
 * refused with a Polish message naming the field (and the row), no case starts, the task stays open
 * and nothing changes. Same context as {@link GroupActivityProcessTest}.
 */
@H2IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-group-activity;DB_CLOSE_DELAY=-1"})
class GroupActivityValidationTest extends RegistryCaseTest {
  @Autowired GroupActivitySupports supports;

  GroupActivityValidationTest() {
    super(TODAY);
  }

  // ---------------------------------------------------------------- plan (start form)

  @Test
  void hoursBelowTheKindsMinimumAreRefusedAndNoCaseStarts() {
    assertPlanRefused("school1", plan(ActivityKind.SCIENCE_CAMP, "1", 12), ACTIVITY_HOURS,
        "„Liczba godzin (łącznie)”: rodzaj „obóz naukowy” wymaga co najmniej 20 godzin, podano 12");
  }

  @Test
  void aStudyVisitWithoutAPartnerEmployerIsRefused() {
    Map<String, Object> plan = plan(ActivityKind.STUDY_VISIT, "1", 5);
    plan.remove(EMPLOYER_ID);
    assertPlanRefused("school1", plan, EMPLOYER_ID,
        "„Pracodawca partner”: rodzaj „wizyta studyjna u pracodawcy” odbywa się u pracodawcy: wybierz pracodawcę partnera z listy");
  }

  @Test
  void keyCompetenceClassesNeedAnArea() {
    Map<String, Object> plan = plan(ActivityKind.KEY_COMPETENCE_CLASSES, "1", 10);
    plan.remove(COMPETENCE_AREA);
    assertPlanRefused("school1", plan, COMPETENCE_AREA,
        "„Obszar kompetencji kluczowych”: wybierz obszar kompetencji kluczowych");
  }

  @Test
  void aSchoolPlansNeitherAFairNorForAnotherSchool() {
    assertPlanRefused("school1", plan(ActivityKind.JOB_FAIR, "1", 6), ACTIVITY_KIND,
        "„Rodzaj zajęć lub wydarzenia”: rodzaj „targi pracy lub edukacyjne” planuje biuro projektu, nie koordynator szkolny");
    assertPlanRefused("school1", plan(ActivityKind.SPECIALIST_CLASSES, "2", 10), SCHOOL_ID, "Technikum nr 3 w Nysie");
    // only a fair may be planned without a school
    assertPlanRefused("coordinator", plan(ActivityKind.SPECIALIST_CLASSES, null, 10), SCHOOL_ID,
        "„Szkoła”: wskaż szkołę: rodzaj „zajęcia specjalistyczne” jest realizowany dla jednej szkoły");
  }

  @Test
  void datesOutOfOrderAreRefused() {
    Map<String, Object> plan = plan(ActivityKind.SPECIALIST_CLASSES, "1", 10);
    plan.put(ACTIVITY_END_DATE, START.minusDays(1).toString());
    assertPlanRefused("school1", plan, ACTIVITY_END_DATE, "jest wcześniejsza niż data rozpoczęcia 13.04.2026");
  }

  // ---------------------------------------------------------------- steps

  @Test
  void aReturnNeedsAReasonAndACorrectionKeepsTheKindsMinimum() {
    ProcessInstance pi = scenario.start("school1", PROCESS_KEY, plan(ActivityKind.SPECIALIST_CLASSES, "1", 10));
    assertTaskRefused("coordinator", pi, "approvePlan", decision(RETURN, null), PLAN_DECISION_REASON,
        "podaj, co trzeba poprawić w planie");
    scenario.complete("coordinator", pi, "approvePlan", decision(RETURN, "Za mało godzin praktycznych."));
    Map<String, Object> corrected = GroupActivityProcessTest.correction(plan(ActivityKind.SPECIALIST_CLASSES, "1", 8));
    assertTaskRefused("school1", pi, "correctPlan", corrected, ACTIVITY_HOURS,
        "rodzaj „zajęcia specjalistyczne” wymaga co najmniej 10 godzin, podano 8");
    assertThat(runtime.getVariable(pi.getId(), ACTIVITY_HOURS)).isEqualTo(10L);
  }

  @Test
  void aRepeatedPeselIsRefusedNamingTheRowAndNobodyIsRegistered() {
    ProcessInstance pi = approved(ActivityKind.SPECIALIST_CLASSES, 10);
    assertTaskRefused("school1", pi, "enrolParticipants", enrolment(PUPIL_A.row(), PUPIL_B.row(), PUPIL_A.row()),
        PARTICIPANTS, "„Uczestnicy”: wiersz 3, PESEL: ta osoba jest już w wierszu wyżej");
    assertThat(participants.count()).isZero();
    assertThat(supports.ofCase(pi.getBusinessKey())).isEmpty();
    assertThat(runtime.getVariable(pi.getId(), PARTICIPANTS)).isNull();
  }

  @Test
  void anInvalidPeselOrANewPersonWithoutNamesIsRefused() {
    ProcessInstance pi = approved(ActivityKind.SPECIALIST_CLASSES, 10);
    Map<String, Object> bad = PUPIL_A.row();
    bad.put("pesel", PUPIL_A.pesel().substring(0, 10) + ((PUPIL_A.pesel().charAt(10) - '0' + 1) % 10));
    assertTaskRefused("school1", pi, "enrolParticipants", enrolment(bad), PARTICIPANTS, "wiersz 1, PESEL:");
    Map<String, Object> nameless = PUPIL_B.row();
    nameless.remove("firstName");
    assertTaskRefused("school1", pi, "enrolParticipants", enrolment(PUPIL_A.row(), nameless), PARTICIPANTS,
        "wiersz 2, imię i nazwisko: osoby nie ma w rejestrze uczestników – podaj imię i nazwisko");
  }

  @Test
  void attendanceAboveTheNumberOfMeetingsIsRefusedAndNoSupportEnds() {
    ProcessInstance pi = approved(ActivityKind.SPECIALIST_CLASSES, 10);
    scenario.complete("school1", pi, "enrolParticipants", enrolment(PUPIL_A.row(), PUPIL_B.row()));
    assertTaskRefused("school1", pi, "recordAttendance", attendanceOf(PUPIL_A.attended(5), PUPIL_B.attended(6)),
        ATTENDANCE, "„Obecność uczestników”: wiersz 2 (Zofia Adamska), liczba obecności: 6 przekracza liczbę spotkań (5)");
    assertTaskRefused("school1", pi, "recordAttendance", attendanceOf(PUPIL_A.attended(5)), ATTENDANCE,
        "brak obecności uczestnika Zofia Adamska");
    assertThat(supports.ofCase(pi.getBusinessKey())).extracting(GroupActivitySupports.Support::status)
        .containsOnly(SupportRegistry.Status.IN_PROGRESS);
    assertThat(runtime.getVariable(pi.getId(), SUPPORTED_COUNT)).isNull();
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance approved(ActivityKind kind, long hours) {
    ProcessInstance pi = scenario.start("school1", PROCESS_KEY, plan(kind, "1", hours));
    scenario.complete("coordinator", pi, "approvePlan", decision(APPROVE, null));
    return pi;
  }

  private void assertPlanRefused(String userId, Map<String, Object> plan, String field, String message) {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    assertThatThrownBy(() -> scenario.start(userId, PROCESS_KEY, plan)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains(field));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
  }

  private void assertTaskRefused(String userId, ProcessInstance pi, String taskKey, Map<String, Object> variables,
      String field, String message) {
    String taskId = scenario.task(pi, taskKey).getId();
    Map<String, String> before = snapshot(pi);
    assertThatThrownBy(() -> scenario.complete(userId, pi, taskKey, variables))
        .isInstanceOf(FormValidationException.class).hasMessageContaining(message)
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains(field));
    assertThat(scenario.task(pi, taskKey).getId()).isEqualTo(taskId);
    assertThat(snapshot(pi)).isEqualTo(before);
  }

  /** The case's variables as text (Json values compare by content). */
  private Map<String, String> snapshot(ProcessInstance pi) {
    Map<String, String> values = new java.util.TreeMap<>();
    runtime.getVariables(pi.getId()).forEach((k, v) -> values.put(k, String.valueOf(v)));
    return values;
  }
}
