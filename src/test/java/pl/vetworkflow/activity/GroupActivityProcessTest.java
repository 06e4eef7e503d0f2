package pl.vetworkflow.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static pl.vetworkflow.activity.GroupActivityForms.*;
import static pl.vetworkflow.activity.GroupActivityVariables.*;
import static pl.vetworkflow.testsupport.CaseScenario.clock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Every path of {@code group-activity} on the whole application (H2), as the demo users: approved,
 * returned and corrected, rejected, participants above and below the kind's attendance share, a
 * regional job fair organised by the programme office. The coverage report is
 * target/process-test-coverage/pl.vetworkflow.activity.GroupActivityProcessTest/.
 */
@H2IntegrationTest
// own database: the registry and the supports start from zero
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-group-activity;DB_CLOSE_DELAY=-1"})
class GroupActivityProcessTest extends RegistryCaseTest {
  static final String SCHOOL1_MAIL = "school1@vet-workflow.example";
  static final String SCHOOL2_MAIL = "school2@vet-workflow.example";
  static final String COORDINATOR_MAIL = "coordinator@vet-workflow.example";

  @Autowired GroupActivitySupports supports;

  GroupActivityProcessTest() {
    super(TODAY);
  }

  @Test
  void specialistClassesApprovedSupportOnlyThoseWhoAttendedTheKindsShare() {
    // a pupil of school 1 already in the registry from a course: enrolled by PESEL alone, keeps their row
    participants.register(PUPIL_C.pesel(), PUPIL_C.firstName(), PUPIL_C.lastName(), ParticipantType.STUDENT, "1",
        TODAY.minusMonths(2));
    ProcessInstance pi = scenario.start("school1", PROCESS_KEY, plan(ActivityKind.SPECIALIST_CLASSES, "1", 10));
    assertThat(pi.getBusinessKey()).matches("ZG/2026/\\d{4}");
    assertThat(pi).hasPassed("registerGroupActivity", "assessGroupActivityPlan").isWaitingAt("approvePlan").variables()
        .containsEntry(CASE_NUMBER, pi.getBusinessKey()).containsEntry(REQUESTER_GROUP, "school-1")
        .containsEntry(REGIONAL, false).containsEntry(SCHOOL_NAME, "Technikum nr 1 w Opolu")
        .containsEntry(ACTIVITY_KIND_LABEL, "zajęcia specjalistyczne").containsEntry(MIN_HOURS, 10L)
        .containsEntry(ATTENDANCE_SHARE, 0.8).containsEntry(PLANNED_COST, 4500.50);
    Task approval = scenario.task(pi, "approvePlan");
    assertThat(approval).hasCandidateGroup("coordinators").hasName("Zatwierdź plan zajęć");
    assertThat(mails.recipients(approval.getId(), NotificationKind.TASK)).containsExactly(COORDINATOR_MAIL);
    assertThat(tasks.getVariableLocal(approval.getId(), TaskCardVariables.SUBJECT))
        .isEqualTo("Programowanie sterowników PLC, Technikum nr 1 w Opolu");
    assertThat(tasks.getVariableLocal(approval.getId(), TaskCardVariables.WAITING_FOR)).isEqualTo("Biuro projektu");
    // the school cannot approve its own plan
    assertThatThrownBy(() -> scenario.complete("school1", pi, "approvePlan", decision(APPROVE, null)))
        .isInstanceOf(AuthorizationException.class);

    scenario.complete("coordinator", pi, "approvePlan", decision(APPROVE, null));
    Task enrolmentTask = scenario.task(pi, "enrolParticipants");
    assertThat(enrolmentTask).hasCandidateGroup("school-1").hasName("Zapisz uczestników");
    assertThat(enrolmentTask.getDueDate()).isEqualTo(java.sql.Timestamp.valueOf(START.atStartOfDay()));
    assertThat(mails.recipients(enrolmentTask.getId(), NotificationKind.TASK)).containsExactly(SCHOOL1_MAIL);
    assertThat(tasks.getVariableLocal(enrolmentTask.getId(), TaskCardVariables.WAITING_FOR))
        .isEqualTo("Technikum nr 1 w Opolu");
    // a teacher of the school is not the school's coordinator
    assertThatThrownBy(() -> scenario.complete("teacher1", pi, "enrolParticipants", enrolment(PUPIL_A.row())))
        .isInstanceOf(AuthorizationException.class);

    scenario.complete("school1", pi, "enrolParticipants", enrolment(PUPIL_A.row(), PUPIL_B.row(), PUPIL_C.known()));
    assertThat(pi).hasPassed("recordGroupActivityEnrolment").isWaitingAt("recordAttendance").variables()
        .containsEntry(ENROLLED_COUNT, 3L);
    assertThat(JsonRows.of(runtime.getVariable(pi.getId(), ATTENDANCE))).containsExactly(
        Map.of("pesel", PUPIL_A.pesel(), "name", "Kacper Nowicki"),
        Map.of("pesel", PUPIL_B.pesel(), "name", "Zofia Adamska"),
        Map.of("pesel", PUPIL_C.pesel(), "name", "Igor Pawlak"));
    assertThat(participants.findByPesel(PUPIL_A.pesel())).get().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ParticipantType.STUDENT);
      assertThat(p.schoolId()).isEqualTo("1");
      assertThat(p.firstSupportDate()).isEqualTo(START);
    });
    assertThat(participants.findByPesel(PUPIL_C.pesel()).orElseThrow().firstSupportDate()).isEqualTo(TODAY.minusMonths(2));
    assertThat(participants.count()).isEqualTo(3);
    assertThat(supports.ofCase(pi.getBusinessKey())).extracting(GroupActivitySupports.Support::status)
        .containsOnly(SupportRegistry.Status.IN_PROGRESS).hasSize(3);
    Task attendanceTask = scenario.task(pi, "recordAttendance");
    assertThat(attendanceTask).hasCandidateGroup("school-1").hasName("Wprowadź obecność na zajęciach");
    assertThat(mails.recipients(attendanceTask.getId(), NotificationKind.TASK)).containsExactly(SCHOOL1_MAIL);

    clock(END.plusDays(1));
    // 5 of 5 and 4 of 5 reach 80%; 3 of 5 does not
    scenario.complete("school1", pi, "recordAttendance", attendanceOf(PUPIL_A.attended(5), PUPIL_B.attended(4),
        PUPIL_C.attended(3)));
    assertThat(pi).hasPassed("assessGroupActivityAttendance").isWaitingAt("closeActivity").variables()
        .containsEntry(SUPPORTED_COUNT, 2L).extractingByKey(ATTENDANCE_SUMMARY).asString()
        .startsWith("Wsparcie zrealizowało 2 z 3 uczestników (wymagana obecność: 80% spotkań).")
        .contains("Zofia Adamska: 4 z 5 spotkań – wsparcie zrealizowane")
        .contains("Igor Pawlak: 3 z 5 spotkań – wsparcie niezrealizowane");
    assertThat(jdbc.queryForList("select p.pesel, s.kind, s.status, s.start_date, s.end_date, s.hours from vet_support s"
        + " join vet_participant p on p.id = s.participant_id where s.case_business_key = ?", pi.getBusinessKey()))
        .extracting(r -> r.get("PESEL") + ":" + r.get("KIND") + ":" + r.get("STATUS") + ":" + r.get("START_DATE") + ":"
            + r.get("END_DATE") + ":" + r.get("HOURS"))
        .containsExactlyInAnyOrder(
            PUPIL_A.pesel() + ":SPECIALIST_CLASSES:COMPLETED:" + START + ":" + END + ":10",
            PUPIL_B.pesel() + ":SPECIALIST_CLASSES:COMPLETED:" + START + ":" + END + ":10",
            PUPIL_C.pesel() + ":SPECIALIST_CLASSES:NOT_COMPLETED:" + START + ":" + END + ":10");
    Task closing = scenario.task(pi, "closeActivity");
    assertThat(closing).hasCandidateGroup("school-1").hasName("Zamknij zajęcia i podsumuj rezultat");
    assertThat(mails.recipients(closing.getId(), NotificationKind.TASK)).containsExactly(SCHOOL1_MAIL);

    scenario.complete("school1", pi, "closeActivity", closure("Zrealizowano 5 spotkań; 2 uczniów ukończyło zajęcia."));
    assertThat(pi).isEnded().hasPassed("activityClosed").variables()
        .containsEntry(OUTCOME_SUMMARY, "Zrealizowano 5 spotkań; 2 uczniów ukończyło zajęcia.");
  }

  @Test
  void studyVisitReturnedCorrectedAndApprovedNamesThePartnerEmployer() {
    ProcessInstance pi = scenario.start("school2", PROCESS_KEY, plan(ActivityKind.STUDY_VISIT, "2", 5));
    assertThat(pi).variables().containsEntry(EMPLOYER_NAME, "Opolskie Zakłady Mechaniczne Sp. z o.o.")
        .containsEntry(MIN_HOURS, 4L).containsEntry(ATTENDANCE_SHARE, 1.0).containsEntry(COMPETENCE_AREA, null);
    scenario.complete("coordinator", pi, "approvePlan", decision(RETURN, "Wizyta w zakładzie w Nysie będzie bliżej."));
    Task correction = scenario.task(pi, "correctPlan");
    assertThat(correction).hasCandidateGroup("school-2").hasName("Popraw plan zajęć");
    assertThat(mails.recipients(correction.getId(), NotificationKind.TASK)).containsExactly(SCHOOL2_MAIL);
    Map<String, Object> corrected = correction(plan(ActivityKind.STUDY_VISIT, "2", 6));
    corrected.put(EMPLOYER_ID, "2");
    corrected.put(ACTIVITY_TITLE, "Wizyta w Elektro-Serwis Nysa");
    // another school's coordinator does not see the task, let alone complete it
    assertThatThrownBy(() -> scenario.complete("school1", pi, "correctPlan", corrected))
        .isInstanceOf(AuthorizationException.class);
    scenario.complete("school2", pi, "correctPlan", corrected);
    assertThat(pi).isWaitingAt("approvePlan").variables().containsEntry(EMPLOYER_ID, "2")
        .containsEntry(EMPLOYER_NAME, "Elektro-Serwis Nysa S.A.").containsEntry(ACTIVITY_HOURS, 6L)
        .containsEntry(ACTIVITY_KIND, "STUDY_VISIT").containsEntry(SCHOOL_ID, "2");
    assertThat(tasks.getVariableLocal(scenario.task(pi, "approvePlan").getId(), TaskCardVariables.SUBJECT))
        .isEqualTo("Wizyta w Elektro-Serwis Nysa, Technikum nr 3 w Nysie");

    scenario.complete("coordinator", pi, "approvePlan", decision(APPROVE, null));
    assertThat(scenario.task(pi, "enrolParticipants")).hasCandidateGroup("school-2");
    scenario.complete("school2", pi, "enrolParticipants", enrolment(PUPIL_A.row(), PUPIL_B.row()));
    assertThat(participants.findByPesel(PUPIL_A.pesel()).orElseThrow().schoolId()).isEqualTo("2");
    // a study visit needs every meeting: 4 of 5 is not enough
    scenario.complete("school2", pi, "recordAttendance", attendanceOf(PUPIL_A.attended(5), PUPIL_B.attended(4)));
    assertThat(pi).variables().containsEntry(SUPPORTED_COUNT, 1L);
    assertThat(supports.ofCase(pi.getBusinessKey())).extracting(s -> s.pesel() + ":" + s.kind() + ":" + s.status())
        .containsExactlyInAnyOrder(PUPIL_A.pesel() + ":STUDY_VISIT:COMPLETED",
            PUPIL_B.pesel() + ":STUDY_VISIT:NOT_COMPLETED");
    scenario.complete("school2", pi, "closeActivity", closure("Uczniowie poznali linię montażową."));
    assertThat(pi).isEnded().hasPassed("correctPlan", "activityClosed");
  }

  @Test
  void rejectedPlanIsAcknowledgedByTheSchool() {
    ProcessInstance pi = scenario.start("school2", PROCESS_KEY, plan(ActivityKind.KEY_COMPETENCE_CLASSES, "2", 12));
    assertThat(pi).variables().containsEntry(COMPETENCE_AREA, "ICT");
    scenario.complete("coordinator", pi, "approvePlan", decision(REJECT, "Zajęcia ICT szkoła ma już w tym semestrze."));
    Task notice = scenario.task(pi, "notifyPlanRejection");
    assertThat(notice).hasCandidateGroup("school-2").hasName("Zapoznaj się z odrzuceniem planu");
    assertThat(mails.recipients(notice.getId(), NotificationKind.TASK)).containsExactly(SCHOOL2_MAIL);
    scenario.complete("school2", pi, "notifyPlanRejection", Map.of(REJECTION_ACKNOWLEDGED, true));
    assertThat(pi).isEnded().hasPassed("planRejected").hasNotPassed("enrolParticipants");
    assertThat(supports.ofCase(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void regionalJobFairIsOrganisedByTheProgrammeOffice() {
    ProcessInstance pi = scenario.start("coordinator", PROCESS_KEY, plan(ActivityKind.JOB_FAIR, null, 6));
    assertThat(pi).isWaitingAt("approvePlan").variables().containsEntry(REQUESTER_GROUP, "coordinators")
        .containsEntry(REGIONAL, true).containsEntry(SCHOOL_NAME, null).containsEntry(ATTENDANCE_SHARE, 1.0);
    assertThat(tasks.getVariableLocal(scenario.task(pi, "approvePlan").getId(), TaskCardVariables.SUBJECT))
        .isEqualTo("Programowanie sterowników PLC");
    scenario.complete("coordinator", pi, "approvePlan", decision(APPROVE, null));
    for (String step : List.of("enrolParticipants")) {
      assertThat(scenario.task(pi, step)).hasCandidateGroup("coordinators");
    }
    assertThat(mails.recipients(scenario.task(pi, "enrolParticipants").getId(), NotificationKind.TASK))
        .containsExactly(COORDINATOR_MAIL);
    // the fair gathers pupils of several schools: school 1's pupil from the registry and a new one
    participants.register(PUPIL_C.pesel(), PUPIL_C.firstName(), PUPIL_C.lastName(), ParticipantType.STUDENT, "1",
        TODAY.minusDays(10));
    scenario.complete("coordinator", pi, "enrolParticipants", enrolment(PUPIL_A.row(), PUPIL_C.known()));
    assertThat(participants.findByPesel(PUPIL_A.pesel()).orElseThrow().schoolId()).isNull();
    assertThat(participants.findByPesel(PUPIL_C.pesel()).orElseThrow().schoolId()).isEqualTo("1");
    assertThat(scenario.task(pi, "recordAttendance")).hasCandidateGroup("coordinators");
    scenario.complete("coordinator", pi, "recordAttendance", attendanceOf(PUPIL_A.attended(5), PUPIL_C.attended(0)));
    assertThat(scenario.task(pi, "closeActivity")).hasCandidateGroup("coordinators");
    assertThat(mails.recipients(scenario.task(pi, "closeActivity").getId(), NotificationKind.TASK))
        .containsExactly(COORDINATOR_MAIL);
    scenario.complete("coordinator", pi, "closeActivity", closure("Targi odwiedziło 40 wystawców."));
    assertThat(pi).isEnded();
    assertThat(supports.ofCase(pi.getBusinessKey())).extracting(s -> s.pesel() + ":" + s.kind() + ":" + s.status())
        .containsExactlyInAnyOrder(PUPIL_A.pesel() + ":JOB_FAIR:COMPLETED", PUPIL_C.pesel() + ":JOB_FAIR:NOT_COMPLETED");
    // nobody of a school sees a regional case
    assertThat(scenario.as("school1", () -> runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()))
        .isZero();
  }

  @Test
  void aSchoolSeesOnlyItsOwnCases() {
    ProcessInstance own = scenario.start("school1", PROCESS_KEY, plan(ActivityKind.SCIENCE_CAMP, "1", 30));
    ProcessInstance other = scenario.start("school2", PROCESS_KEY, plan(ActivityKind.SCIENCE_CAMP, "2", 30));
    ProcessInstance forSchool1 = scenario.start("coordinator", PROCESS_KEY, plan(ActivityKind.SPECIALIST_CLASSES, "1", 10));
    assertThat(forSchool1).variables().containsEntry(REQUESTER_GROUP, "school-1").containsEntry(REGIONAL, false);
    assertThat(scenario.as("school1", () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .listPage(0, 100).stream().map(ProcessInstance::getId).toList())).contains(own.getId(), forSchool1.getId())
        .doesNotContain(other.getId());
    assertThat(scenario.as("coordinator", () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .listPage(0, 100).stream().map(ProcessInstance::getId).toList())).contains(own.getId(), other.getId(), forSchool1.getId());
    assertThat(scenario.as("employer1", () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .count())).isZero();
    // employers and teachers may not plan activities
    assertThatThrownBy(() -> scenario.start("employer1", PROCESS_KEY, plan(ActivityKind.SCIENCE_CAMP, "1", 30)))
        .isInstanceOfAny(AuthorizationException.class, pl.vetworkflow.validation.FormValidationException.class);
  }

  /** The correction form's fields: the plan without its kind and school. */
  static Map<String, Object> correction(Map<String, Object> plan) {
    Map<String, Object> v = new HashMap<>(plan);
    v.remove(ACTIVITY_KIND);
    v.remove(SCHOOL_ID);
    return v;
  }
}
