package pl.vetworkflow.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.vetworkflow.counselling.CareerCounsellingForms.*;
import static pl.vetworkflow.counselling.CareerCounsellingVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.RegistryCaseTest;
import pl.vetworkflow.validation.FormValidationException;

/**
 * Server-side validation of the career-counselling forms: a start or a step that breaks the rules
 * is refused with a Polish message naming the field, no case starts, the task stays open and
 * nothing changes (variables, registry, support). Same context as {@link CareerCounsellingProcessTest}.
 */
@H2IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-career-counselling;DB_CLOSE_DELAY=-1"})
class CareerCounsellingValidationTest extends RegistryCaseTest {
  @Autowired CounsellingSupports supports;

  CareerCounsellingValidationTest() {
    super(TODAY);
  }

  // ---------------------------------------------------------------- start form

  @Test
  void anInvalidPeselIsRefusedAndNobodyIsRegistered() {
    String bad = PUPIL_PESEL_VALUE.substring(0, 10) + ((PUPIL_PESEL_VALUE.charAt(10) - '0' + 1) % 10);
    assertStartRefused("school1", start("1", bad, 3), PUPIL_PESEL, "„PESEL ucznia”: ");
    assertThat(participants.count()).isZero();
  }

  @Test
  void plannedSessionsOutOfRangeAreRefused() {
    assertStartRefused("school1", start("1", PUPIL_PESEL_VALUE, 0), PLANNED_SESSIONS,
        "„Planowana liczba sesji”: wartość 0 jest mniejsza niż dozwolone minimum 1");
    assertStartRefused("school1", start("1", PUPIL_PESEL_VALUE, 21), PLANNED_SESSIONS,
        "„Planowana liczba sesji”: wartość 21 jest większa niż dozwolone maksimum 20");
  }

  @Test
  void aSchoolStartsOnlyForItsOwnPupilsAndAKnownPeselKeepsItsName() {
    assertStartRefused("school1", start("2", PUPIL_PESEL_VALUE, 3), SCHOOL_ID, "Technikum nr 3 w Nysie");
    participants.register(PUPIL_PESEL_VALUE, "Jan", "Kowalski", ParticipantType.STUDENT, "1", TODAY.minusDays(5));
    assertStartRefused("school1", start("1", PUPIL_PESEL_VALUE, 3), PUPIL_PESEL,
        "„PESEL ucznia”: pod tym numerem PESEL w rejestrze uczestników jest Jan Kowalski");
    assertThat(participants.count()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- session

  @Test
  void aSessionInTheFutureIsRefused() {
    ProcessInstance pi = started();
    assertTaskRefused(pi, session(TODAY.plusDays(1), 1.0, "Zainteresowania", false), SESSION_DATE,
        "„Data sesji”: data sesji 03.03.2026 jest późniejsza niż dziś (02.03.2026): sesję zapisuje się po jej odbyciu");
  }

  @Test
  void aSessionBeforeThePreviousOneIsRefused() {
    ProcessInstance pi = started();
    scenario.complete("school1", pi, "recordSession", session(TODAY.minusDays(3), 1.0, "Zainteresowania", false));
    assertTaskRefused(pi, session(TODAY.minusDays(4), 1.0, "Rynek pracy", false), SESSION_DATE,
        "„Data sesji”: data sesji 26.02.2026 jest wcześniejsza niż data poprzedniej sesji (27.02.2026)");
  }

  @Test
  void hoursOutOfRangeAreRefusedWithADecimalComma() {
    ProcessInstance pi = started();
    assertTaskRefused(pi, session(TODAY, 4.5, "Zainteresowania", true), SESSION_HOURS,
        "„Czas sesji (godziny)”: wartość 4,5 jest większa niż dozwolone maksimum 4");
    assertTaskRefused(pi, session(TODAY, 0.3, "Zainteresowania", true), SESSION_HOURS,
        "„Czas sesji (godziny)”: wartość 0,3 jest mniejsza niż dozwolone minimum 0,5");
  }

  @Test
  void aSessionWithoutItsDateOrTheLastSessionAnswerIsRefused() {
    ProcessInstance pi = started();
    Map<String, Object> noDate = session(TODAY, 1.0, "Zainteresowania", true);
    noDate.remove(SESSION_DATE);
    assertTaskRefused(pi, noDate, SESSION_DATE, "„Data sesji”: podaj datę sesji");
    Map<String, Object> noAnswer = session(TODAY, 1.0, "Zainteresowania", true);
    noAnswer.remove(LAST_SESSION);
    assertTaskRefused(pi, noAnswer, LAST_SESSION, "„Czy to ostatnia sesja?”: odpowiedz, czy to ostatnia sesja");
  }

  @Test
  void aResignationWithoutAReasonIsRefused() {
    ProcessInstance pi = started();
    assertTaskRefused(pi, resignation(null), RESIGNATION_REASON, "„Powód rezygnacji”: podaj powód rezygnacji ucznia");
    assertTaskRefused(pi, resignation("   "), RESIGNATION_REASON, "„Powód rezygnacji”: podaj powód rezygnacji ucznia");
  }

  // ---------------------------------------------------------------- action plan

  @Test
  void theOtherPathNeedsRemarks() {
    ProcessInstance pi = started();
    scenario.complete("school1", pi, "recordSession", session(TODAY, 1.0, "Zainteresowania", true));
    String taskId = scenario.task(pi, "prepareActionPlan").getId();
    assertThatThrownBy(() -> scenario.complete("school1", pi, "prepareActionPlan", actionPlan(RecommendedPath.OTHER, null)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("„Uwagi”: zalecono ścieżkę „inne”: opisz ją w uwagach");
    assertThat(scenario.task(pi, "prepareActionPlan").getId()).isEqualTo(taskId);
    assertThat(supports.ofCase(pi.getBusinessKey())).get().extracting(CounsellingSupports.Support::status)
        .isEqualTo(SupportRegistry.Status.IN_PROGRESS);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance started() {
    return scenario.start("school1", PROCESS_KEY, start("1", PUPIL_PESEL_VALUE, 3));
  }

  private void assertStartRefused(String userId, Map<String, Object> form, String field, String message) {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    long supportsBefore = jdbc.queryForObject("select count(*) from vet_support", Long.class);
    assertThatThrownBy(() -> scenario.start(userId, PROCESS_KEY, form)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains(field));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from vet_support", Long.class)).isEqualTo(supportsBefore);
  }

  private void assertTaskRefused(ProcessInstance pi, Map<String, Object> variables, String field, String message) {
    String taskId = scenario.task(pi, "recordSession").getId();
    Map<String, String> before = snapshot(pi);
    assertThatThrownBy(() -> scenario.complete("school1", pi, "recordSession", variables))
        .isInstanceOf(FormValidationException.class).hasMessageContaining(message)
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains(field));
    assertThat(scenario.task(pi, "recordSession").getId()).isEqualTo(taskId);
    assertThat(snapshot(pi)).isEqualTo(before);
    assertThat(supports.ofCase(pi.getBusinessKey())).get().satisfies(s -> {
      assertThat(s.status()).isEqualTo(SupportRegistry.Status.IN_PROGRESS);
      assertThat(s.hours()).isNull();
    });
  }

  /** The case's variables as text (Json values compare by content). */
  private Map<String, String> snapshot(ProcessInstance pi) {
    Map<String, String> values = new java.util.TreeMap<>();
    runtime.getVariables(pi.getId()).forEach((k, v) -> values.put(k, String.valueOf(v)));
    return values;
  }
}
