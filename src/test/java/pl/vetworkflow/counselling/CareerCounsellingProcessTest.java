package pl.vetworkflow.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static pl.vetworkflow.counselling.CareerCounsellingForms.*;
import static pl.vetworkflow.counselling.CareerCounsellingVariables.*;
import static pl.vetworkflow.testsupport.CaseScenario.clock;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import pl.vetworkflow.casework.TaskCardVariables;
import pl.vetworkflow.notification.NotificationKind;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.RegistryCaseTest;
import pl.vetworkflow.validation.JsonRows;

/**
 * Every path of {@code career-counselling} on the whole application (H2), as the demo users: one
 * session, several sessions for a pupil already in the registry (started by the programme office),
 * a resignation; who gets each task and who may not. The coverage report is
 * target/process-test-coverage/pl.vetworkflow.counselling.CareerCounsellingProcessTest/.
 */
@H2IntegrationTest
// own database: the registry and the supports start from zero
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-career-counselling;DB_CLOSE_DELAY=-1"})
class CareerCounsellingProcessTest extends RegistryCaseTest {
  static final String SCHOOL1_MAIL = "school1@vet-workflow.example";

  @Autowired CounsellingSupports supports;

  CareerCounsellingProcessTest() {
    super(TODAY);
  }

  @Test
  void oneSessionThenTheActionPlanCompletesTheSupport() {
    ProcessInstance pi = scenario.start("school1", PROCESS_KEY, start("1", PUPIL_PESEL_VALUE, 1));
    assertThat(pi.getBusinessKey()).matches("DZ/2026/\\d{4}");
    assertThat(pi).hasPassed("registerCareerCounselling").isWaitingAt("recordSession").variables()
        .containsEntry(CASE_NUMBER, pi.getBusinessKey()).containsEntry(SCHOOL_NAME, "Technikum nr 1 w Opolu")
        .containsEntry(PARTICIPANT_NAME, "Kacper Nowicki").containsEntry(SESSION_COUNT, 0L)
        .containsEntry(SESSION_HOURS_TOTAL, 0.0).containsEntry(COUNSELLING_START_DATE, TODAY.toString());
    assertThat(participants.findByPesel(PUPIL_PESEL_VALUE)).get().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ParticipantType.STUDENT);
      assertThat(p.schoolId()).isEqualTo("1");
      assertThat(p.firstSupportDate()).isEqualTo(TODAY);
    });
    assertThat(supports.ofCase(pi.getBusinessKey())).get().extracting(CounsellingSupports.Support::status)
        .isEqualTo(SupportRegistry.Status.IN_PROGRESS);

    Task session = scenario.task(pi, "recordSession");
    assertThat(session).hasCandidateGroup("school-1").hasName("Zapisz sesję doradczą");
    assertThat(mails.recipients(session.getId(), NotificationKind.TASK)).containsExactly(SCHOOL1_MAIL);
    assertThat(tasks.getVariableLocal(session.getId(), TaskCardVariables.SUBJECT))
        .isEqualTo("Kacper Nowicki, Technikum nr 1 w Opolu");
    assertThat(tasks.getVariableLocal(session.getId(), TaskCardVariables.WAITING_FOR)).isEqualTo("Technikum nr 1 w Opolu");
    // neither a teacher of the school nor another school records the session
    assertThatThrownBy(() -> scenario.complete("teacher1", pi, "recordSession", session(TODAY, 1.5, "Zainteresowania", true)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> scenario.complete("school2", pi, "recordSession", session(TODAY, 1.5, "Zainteresowania", true)))
        .isInstanceOf(AuthorizationException.class);

    scenario.complete("school1", pi, "recordSession", session(TODAY, 1.5, "Zainteresowania", true));
    assertThat(pi).hasPassed("recordCounsellingSession").isWaitingAt("prepareActionPlan").variables()
        .containsEntry(SESSION_COUNT, 1L).containsEntry(SESSION_HOURS_TOTAL, 1.5).containsEntry(SESSIONS_FINISHED, true)
        .doesNotContainKeys(SESSION_DATE, SESSION_HOURS, SESSION_TOPIC, SESSION_NOTES, LAST_SESSION);
    assertThat(JsonRows.of(runtime.getVariable(pi.getId(), SESSIONS))).singleElement().satisfies(row -> {
      assertThat(JsonRows.text(row, "number")).isEqualTo("1");
      assertThat(row).containsEntry("date", TODAY.toString()).containsEntry("dateText", "02.03.2026")
          .containsEntry("hours", 1.5).containsEntry("hoursText", "1,5").containsEntry("topic", "Zainteresowania")
          .containsEntry("notes", "Notatka: Zainteresowania");
    });
    Task plan = scenario.task(pi, "prepareActionPlan");
    assertThat(plan).hasCandidateGroup("school-1").hasName("Opracuj indywidualny plan działania");
    assertThat(mails.recipients(plan.getId(), NotificationKind.TASK)).containsExactly(SCHOOL1_MAIL);
    assertThat(tasks.getVariableLocal(plan.getId(), TaskCardVariables.SUBJECT))
        .isEqualTo("Kacper Nowicki, Technikum nr 1 w Opolu");

    clock(TODAY.plusDays(3));
    scenario.complete("school1", pi, "prepareActionPlan", actionPlan(RecommendedPath.QUALIFICATION_COURSES, null));
    assertThat(pi).isEnded().hasPassed("completeCareerCounselling", "counsellingCompleted").variables()
        .containsEntry(RECOMMENDED_PATH, "QUALIFICATION_COURSES").containsEntry(PLAN_GOALS, "Zdobyć kwalifikację INF.04");
    // the registry counts whole hours: 1,5 h rounds to 2
    assertThat(supports.ofCase(pi.getBusinessKey())).get().satisfies(s -> {
      assertThat(s.status()).isEqualTo(SupportRegistry.Status.COMPLETED);
      assertThat(s.start()).isEqualTo(TODAY);
      assertThat(s.end()).isEqualTo(TODAY.plusDays(3));
      assertThat(s.hours()).isEqualTo(2);
    });
    assertThat(jdbc.queryForObject("select kind from vet_support where case_business_key = ?", String.class,
        pi.getBusinessKey())).isEqualTo("CAREER_COUNSELLING");
  }

  @Test
  void severalSessionsForAPupilAlreadyInTheRegistryStartedByTheProgrammeOffice() {
    participants.register(PUPIL_PESEL_VALUE, "Kacper", "Nowicki", ParticipantType.STUDENT, "1", TODAY.minusMonths(2));
    long before = participants.count();
    ProcessInstance pi = scenario.start("coordinator", PROCESS_KEY, start("1", PUPIL_PESEL_VALUE, 3));
    assertThat(participants.count()).isEqualTo(before);
    assertThat(participants.findByPesel(PUPIL_PESEL_VALUE).orElseThrow().firstSupportDate()).isEqualTo(TODAY.minusMonths(2));
    // the office starts it for the school; the school works it
    assertThat(scenario.task(pi, "recordSession")).hasCandidateGroup("school-1");

    scenario.complete("school1", pi, "recordSession", session(TODAY.minusDays(20), 2.0, "Diagnoza predyspozycji", false));
    assertThat(pi).isWaitingAt("recordSession").variables().containsEntry(SESSION_COUNT, 1L)
        .containsEntry(SESSIONS_FINISHED, false).doesNotContainKeys(SESSION_DATE, LAST_SESSION);
    Task second = scenario.task(pi, "recordSession");
    assertThat(second).hasCandidateGroup("school-1");
    assertThat(mails.recipients(second.getId(), NotificationKind.TASK)).containsExactly(SCHOOL1_MAIL);
    // a session on the same day as the previous one is fine
    scenario.complete("school1", pi, "recordSession", session(TODAY.minusDays(20), 1.5, "Rynek pracy w regionie", false));
    scenario.complete("school1", pi, "recordSession", session(TODAY, 2.5, "Ścieżki kształcenia", true));
    assertThat(pi).isWaitingAt("prepareActionPlan").variables().containsEntry(SESSION_COUNT, 3L)
        .containsEntry(SESSION_HOURS_TOTAL, 6.0);
    assertThat(JsonRows.of(runtime.getVariable(pi.getId(), SESSIONS)))
        .extracting(r -> r.get("number") + ":" + r.get("dateText") + ":" + r.get("hoursText") + ":" + r.get("topic"))
        .containsExactly("1:10.02.2026:2:Diagnoza predyspozycji", "2:10.02.2026:1,5:Rynek pracy w regionie",
            "3:02.03.2026:2,5:Ścieżki kształcenia");

    scenario.complete("school1", pi, "prepareActionPlan", actionPlan(RecommendedPath.OTHER, "Wolontariat w schronisku"));
    assertThat(pi).isEnded().hasPassed("counsellingCompleted").variables().containsEntry(PLAN_REMARKS, "Wolontariat w schronisku");
    assertThat(participants.count()).isEqualTo(before);
    assertThat(supports.ofCase(pi.getBusinessKey())).get().satisfies(s -> {
      assertThat(s.status()).isEqualTo(SupportRegistry.Status.COMPLETED);
      assertThat(s.hours()).isEqualTo(6);
      assertThat(s.participantId()).isEqualTo(participants.findByPesel(PUPIL_PESEL_VALUE).orElseThrow().id());
    });
  }

  @Test
  void aPupilWhoResignsEndsTheCaseWithTheSupportNotCompleted() {
    ProcessInstance pi = scenario.start("school1", PROCESS_KEY, start("1", PUPIL_PESEL_VALUE, 4));
    scenario.complete("school1", pi, "recordSession", session(TODAY.minusDays(7), 1.0, "Zainteresowania", false));
    clock(TODAY.plusDays(7));
    scenario.complete("school1", pi, "recordSession", resignation("Uczeń zmienił szkołę"));
    assertThat(pi).isEnded().hasPassed("recordCounsellingResignation", "pupilResignedEnd")
        .hasNotPassed("prepareActionPlan", "counsellingCompleted").variables()
        .containsEntry(PUPIL_RESIGNED, true).containsEntry(RESIGNATION_REASON, "Uczeń zmienił szkołę")
        .containsEntry(SESSION_COUNT, 1L);
    assertThat(supports.ofCase(pi.getBusinessKey())).get().satisfies(s -> {
      assertThat(s.status()).isEqualTo(SupportRegistry.Status.NOT_COMPLETED);
      assertThat(s.end()).isEqualTo(TODAY.plusDays(7));
      assertThat(s.hours()).isEqualTo(1);
    });
    assertThat(participants.count()).isEqualTo(1);
  }

  @Test
  void aSchoolSeesOnlyItsOwnCasesAndOnlyCoordinatorsStartThem() {
    ProcessInstance own = scenario.start("school1", PROCESS_KEY, start("1", PUPIL_PESEL_VALUE, 2));
    ProcessInstance other = scenario.start("school2", PROCESS_KEY,
        start("2", pl.vetworkflow.participant.Pesel.of(java.time.LocalDate.of(2008, 11, 2), 2222).value(), 2));
    assertThat(scenario.as("school1", () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .listPage(0, 100).stream().map(ProcessInstance::getId).toList())).contains(own.getId())
        .doesNotContain(other.getId());
    assertThat(scenario.as("coordinator", () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .listPage(0, 100).stream().map(ProcessInstance::getId).toList())).contains(own.getId(), other.getId());
    assertThat(scenario.as("employer1", () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .count())).isZero();
    for (String user : List.of("employer1", "teacher1")) {
      assertThatThrownBy(() -> scenario.start(user, PROCESS_KEY, start("1", PUPIL_PESEL_VALUE, 2)))
          .as(user).isInstanceOfAny(AuthorizationException.class, pl.vetworkflow.validation.FormValidationException.class);
    }
  }
}
