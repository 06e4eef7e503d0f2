package pl.vetworkflow.internship;

import pl.vetworkflow.document.Attachments;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static pl.vetworkflow.internship.InternshipScenario.*;
import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;
import pl.vetworkflow.identity.Grants;
import pl.vetworkflow.notification.OverdueTaskReminders;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.testsupport.CoverageGrants;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.ReminderJob;
import pl.vetworkflow.validation.FormValidationException;

/**
 * Every path of student-internship and employer-placement, on the whole application (H2), as the
 * demo users. The coverage report is target/process-test-coverage/StudentInternshipProcessTest/.
 */
@H2IntegrationTest
// own database, and an engine name of its own: /engine-rest serves the engine registered last under
// "default" in the static ProcessEngines registry, and this context must not take that over
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-internship-paths;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=internship-paths"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class StudentInternshipProcessTest {
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired OverdueTaskReminders reminderJob;
  @Autowired ParticipantRegistry participants;
  @Autowired SupportRegistry supports;
  @Autowired Grants grants;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired Attachments attachments;

  InternshipScenario scenario;

  /** The tasks (by id in the model) of a case for which reminder e-mails were recorded in the outbox. */
  List<String> remindedTasks(String businessKey) {
    return jdbc.queryForList("select distinct task_id from vet_mail_outbox where kind = 'REMINDER' and business_key = ?",
        String.class, businessKey).stream()
        .map(id -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(id).singleResult()
            .getTaskDefinitionKey())
        .toList();
  }

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new InternshipScenario(runtime, tasks, identity, management, new ReminderJob(reminderJob, jdbc));
    scenario.attachingScans(attachments, history, repository);
    clock(SUBMITTED);
    // each test uses its own student: forget earlier internships of the test PESELs
    jdbc.update("delete from vet_support");
    CoverageGrants.letWorkingRolesReadDefinitions(grants);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  // ---------------------------------------------------------------- paths

  @Test
  void adultEligibleWithPreferredEmployerRunsToStipend() {
    ProcessInstance pi = scenario.submit("school1", application(ADULT_PESEL, "1"));
    assertThat(pi.getBusinessKey()).matches("SU/2026/\\d{4}");
    assertThat(pi).hasPassed("registerApplication", "assessApplication", "checkEligibility")
        .variables().containsEntry(ELIGIBILITY, "ELIGIBLE").containsEntry(STUDENT_MINOR, false)
        .containsEntry(STUDENT_AGE, 19L).containsEntry(AGREEMENT_SIGNATORY, "uczeń (pełnoletni): Jan Kowalski");

    confirmPlacement(pi, "employer1");
    throughAgreement(pi, "employer1", "STUDENT");
    scenario.reachPlannedEnd(pi);
    attendance(pi, "employer1", 150L);
    assertThat(pi).hasPassed("hoursGateway").hasNotPassed("decideShortfall");
    finish(pi);

    assertThat(pi).isEnded().hasPassed("internshipCompleted");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    var history = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId());
    assertThat(history.variableName(STIPEND_AMOUNT).singleResult().getValue()).isEqualTo("2437.50");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(TUTOR_COMPENSATION).singleResult().getValue()).isEqualTo("468.75");
    assertThat(participants.findByPesel(ADULT_PESEL)).get().extracting(p -> p.schoolId()).isEqualTo("1");
    assertThat(supports.find(SupportRegistry.Kind.STUDENT_INTERNSHIP, pi.getBusinessKey())).get()
        .satisfies(s -> {
          assertThat(s.status()).isEqualTo(SupportRegistry.Status.COMPLETED);
          assertThat(s.hours()).isEqualTo(150);
          assertThat(s.end()).isEqualTo(END);
        });
    assertThat(remindedTasks(pi.getBusinessKey())).contains("confirmPlacement", "approveProgramme", "payStipend");
  }

  @Test
  void minorNeedsGuardianWhoSignsAndSchoolReportsDropout() {
    assertThatThrownBy(() -> scenario.submit("school1", application(MINOR_PESEL, "1")))
        .isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("guardianName"))
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("guardianPhone"));
    ProcessInstance pi = scenario.submit("school1", withGuardian(application(MINOR_PESEL, "1")));
    assertThat(pi).variables().containsEntry(STUDENT_MINOR, true).containsEntry(STUDENT_AGE, 15L)
        .containsEntry(AGREEMENT_SIGNATORY, "rodzic lub opiekun prawny: Anna Kowalska");
    confirmPlacement(pi, "employer1");
    scenario.complete("teacher1", pi, "approveProgramme", Map.of(PROGRAMME_APPROVED, true));
    scenario.complete("coordinator", pi, "prepareAgreement", Map.of(AGREEMENT_NUMBER, "UM/SU/2026/1", AGREEMENT_DATE, "2026-03-02"));
    // a minor's agreement is signed by the guardian, not by the student
    assertThatThrownBy(() -> scenario.complete("school1", pi, "recordParticipantSignature",
        Map.of(PARTICIPANT_SIGNED_BY, "STUDENT", PARTICIPANT_SIGNATURE_DATE, "2026-03-02")))
        .isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("participantSignedBy"));
    scenario.complete("school1", pi, "recordParticipantSignature",
        Map.of(PARTICIPANT_SIGNED_BY, "GUARDIAN", PARTICIPANT_SIGNATURE_DATE, "2026-03-02"));
    scenario.complete("employer1", pi, "recordEmployerSignature",
        Map.of(EMPLOYER_SIGNATORY_NAME, "Marek Zieliński, prezes", EMPLOYER_SIGNATURE_DATE, "2026-03-02"));
    assertThat(supports.find(SupportRegistry.Kind.STUDENT_INTERNSHIP, pi.getBusinessKey())).get()
        .extracting(SupportRegistry.Support::status).isEqualTo(SupportRegistry.Status.IN_PROGRESS);

    clock(LocalDate.of(2026, 4, 20));
    scenario.complete("school1", pi, "internshipRunning",
        Map.of(DROPOUT_DATE, "2026-04-17", DROPOUT_REASON, "Uczeń zmienił szkołę."));
    assertThat(pi).isEnded().hasPassed("recordDropout", "internshipDroppedOut");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(supports.find(SupportRegistry.Kind.STUDENT_INTERNSHIP, pi.getBusinessKey())).get()
        .satisfies(s -> {
          assertThat(s.status()).isEqualTo(SupportRegistry.Status.DROPPED_OUT);
          assertThat(s.end()).isEqualTo(LocalDate.of(2026, 4, 17));
        });
  }

  @Test
  void notEligibleApplicationIsShownToTheSchool() {
    Map<String, Object> application = application(ADULT_PESEL, "1");
    application.put(JUVENILE_WORKER, true);
    ProcessInstance pi = scenario.submit("school1", application);
    assertThat(pi).variables().containsEntry(ELIGIBILITY, "NOT_ELIGIBLE");
    Task notice = scenario.task(pi, "notifyRejection");
    assertThat(notice.getDueDate()).isNotNull();
    assertThat(tasks.getVariable(notice.getId(), REJECTION_REASON).toString()).contains("młodocianym pracownikiem");
    // an acknowledgement: its rules send no reminders
    assertThat(scenario.remindAtDue(pi, "notifyRejection")).isFalse();
    scenario.complete("school1", pi, "notifyRejection", Map.of(REJECTION_ACKNOWLEDGED, true));
    assertThat(pi).isEnded().hasPassed("applicationRejected").hasNotPassed("reviewApplication");
  }

  @Test
  void secondInternshipOfTheSamePersonIsNotEligible() {
    jdbc.update("delete from vet_participant where pesel = ?", ADULT_PESEL);
    participants.register(ADULT_PESEL, "Jan", "Kowalski", pl.vetworkflow.participant.ParticipantType.STUDENT, "1", START);
    long id = participants.findByPesel(ADULT_PESEL).orElseThrow().id();
    supports.start(id, SupportRegistry.Kind.STUDENT_INTERNSHIP, "SU/2025/0042", "earlier", LocalDate.of(2025, 4, 1));
    ProcessInstance pi = scenario.submit("school1", application(ADULT_PESEL, "1"));
    assertThat(pi).variables().containsEntry(PREVIOUS_INTERNSHIPS, 1L).containsEntry(ELIGIBILITY, "NOT_ELIGIBLE");
    assertThat(pi).isWaitingAt("notifyRejection");
  }

  @Test
  void coordinatorRejectsAfterReview() {
    ProcessInstance pi = scenario.submit("school1", hours(application(ADULT_PESEL, "1"), 120L));
    assertThat(pi).variables().containsEntry(ELIGIBILITY, "REVIEW");
    assertThat(scenario.remindAtDue(pi, "reviewApplication")).isTrue();
    assertThatThrownBy(() -> scenario.complete("coordinator", pi, "reviewApplication", Map.of(REVIEW_DECISION, "REJECT")))
        .isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("reviewReason"));
    scenario.complete("coordinator", pi, "reviewApplication",
        Map.of(REVIEW_DECISION, "REJECT", REVIEW_REASON, "Brak miejsc w programie."));
    assertThat(tasks.getVariable(scenario.task(pi, "notifyRejection").getId(), REJECTION_REASON))
        .isEqualTo("Brak miejsc w programie.");
    scenario.complete("school1", pi, "notifyRejection", Map.of(REJECTION_ACKNOWLEDGED, true));
    assertThat(pi).isEnded().hasPassed("applicationRejected");
  }

  @Test
  void correctionLoopThenNoEmployerWantsTheStudent() {
    ProcessInstance pi = scenario.submit("school1", hours(application(ADULT_PESEL, null), 120L));
    scenario.complete("coordinator", pi, "reviewApplication",
        Map.of(REVIEW_DECISION, "RETURN", REVIEW_REASON, "Staż ma mieć 150 godzin."));
    assertThat(scenario.remindAtDue(pi, "correctApplication")).isTrue();
    Map<String, Object> corrected = application(ADULT_PESEL, null);
    // the school of an application cannot be changed by the correction
    corrected.put(SCHOOL_ID, "2");
    assertThatThrownBy(() -> scenario.complete("school1", pi, "correctApplication", corrected))
        .isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("schoolId"));
    // a teacher of the school sees the school's tasks but does not work a coordinator's task
    corrected.put(SCHOOL_ID, "1");
    assertThatThrownBy(() -> scenario.complete("teacher1", pi, "correctApplication", corrected))
        .isInstanceOf(AuthorizationException.class);
    scenario.complete("school1", pi, "correctApplication", corrected);
    assertThat(pi).variables().containsEntry(ELIGIBILITY, "ELIGIBLE").containsEntry(PLANNED_HOURS, 150L);

    // no preferred employer: the coordinator chooses one, who declines
    assertThat(scenario.remindAtDue(pi, "selectEmployer")).isTrue();
    scenario.complete("coordinator", pi, "selectEmployer", Map.of(EMPLOYER_SELECTION, "EMPLOYER", EMPLOYER_ID, "1"));
    scenario.complete("employer1", pi, "confirmPlacement",
        Map.of("placementDecision", "DECLINE", "placementDeclineReason", "Brak wolnego opiekuna."));
    assertThat(pi).variables().containsEntry("placementDecision", "DECLINE");
    assertThatThrownBy(() -> scenario.complete("coordinator", pi, "selectEmployer",
        Map.of(EMPLOYER_SELECTION, "EMPLOYER", EMPLOYER_ID, "1")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("odmówił");
    scenario.complete("coordinator", pi, "selectEmployer",
        Map.of(EMPLOYER_SELECTION, "END", "selectionRemarks", "Brak pracodawcy w zawodzie."));
    assertThat(pi).isEnded().hasPassed("noEmployerFound");
  }

  @Test
  void approvedAfterReviewOtherEmployerPartialHoursAccepted() {
    ProcessInstance pi = scenario.submit("school1", hours(application(ADULT_PESEL, "1"), 170L));
    scenario.complete("coordinator", pi, "reviewApplication", Map.of(REVIEW_DECISION, "APPROVE"));
    assertThat(pi).hasPassed("reviewGateway");
    // employer 1 declines, the coordinator sends the student to employer 2
    scenario.complete("employer1", pi, "confirmPlacement",
        Map.of("placementDecision", "DECLINE", "placementDeclineReason", "Brak miejsc."));
    scenario.complete("coordinator", pi, "selectEmployer", Map.of(EMPLOYER_SELECTION, "EMPLOYER", EMPLOYER_ID, "2"));
    confirmPlacement(pi, "employer2");
    assertThat(pi).variables().containsEntry("employerName", "Elektro-Serwis Nysa S.A.");
    throughAgreement(pi, "employer2", "STUDENT");
    scenario.reachPlannedEnd(pi);
    attendance(pi, "employer2", 100L);
    assertThat(scenario.remindAtDue(pi, "decideShortfall")).isTrue();
    scenario.complete("coordinator", pi, "decideShortfall",
        Map.of(SHORTFALL_DECISION, "ACCEPT_PARTIAL", SHORTFALL_REASON, "Choroba, usprawiedliwione."));
    finish(pi);
    assertThat(pi).isEnded().hasPassed("decideShortfall", "internshipCompleted");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(STIPEND_AMOUNT).singleResult().getValue()).isEqualTo("1625.00");
  }

  @Test
  void partialHoursRejected() {
    ProcessInstance pi = scenario.submit("school1", application(ADULT_PESEL, "1"));
    confirmPlacement(pi, "employer1");
    throughAgreement(pi, "employer1", "STUDENT");
    scenario.reachPlannedEnd(pi);
    attendance(pi, "employer1", 60L);
    scenario.complete("coordinator", pi, "decideShortfall",
        Map.of(SHORTFALL_DECISION, "REJECT", SHORTFALL_REASON, "Nieobecności nieusprawiedliwione."));
    assertThat(pi).isEnded().hasPassed("internshipNotCompleted");
    assertThat(supports.find(SupportRegistry.Kind.STUDENT_INTERNSHIP, pi.getBusinessKey())).get()
        .extracting(SupportRegistry.Support::status).isEqualTo(SupportRegistry.Status.NOT_COMPLETED);
  }

  // ---------------------------------------------------------------- steps

  static Map<String, Object> hours(Map<String, Object> application, long hours) {
    application.put(PLANNED_HOURS, hours);
    return application;
  }

  void confirmPlacement(ProcessInstance pi, String employerUser) {
    assertThat(scenario.remindAtDue(pi, "confirmPlacement")).isTrue();
    scenario.complete(employerUser, pi, "confirmPlacement", Map.of("placementDecision", "CONFIRM",
        "tutorName", "Adam Nowak", "tutorEmail", "a.nowak@firma.example.pl", "workplace", "Hala B, dział obróbki"));
    assertThat(pi).variables().containsEntry("placementDecision", "CONFIRM").containsEntry("tutorName", "Adam Nowak");
  }

  void throughAgreement(ProcessInstance pi, String employerUser, String signedBy) {
    scenario.remindAtDue(pi, "approveProgramme");
    scenario.complete("teacher1", pi, "approveProgramme", Map.of(PROGRAMME_APPROVED, true));
    scenario.remindAtDue(pi, "prepareAgreement");
    scenario.complete("coordinator", pi, "prepareAgreement",
        Map.of(AGREEMENT_NUMBER, "UM/SU/2026/7", AGREEMENT_DATE, "2026-03-02"));
    scenario.remindAtDue(pi, "recordParticipantSignature");
    scenario.complete("school1", pi, "recordParticipantSignature",
        Map.of(PARTICIPANT_SIGNED_BY, signedBy, PARTICIPANT_SIGNATURE_DATE, "2026-03-02"));
    scenario.remindAtDue(pi, "recordEmployerSignature");
    scenario.complete(employerUser, pi, "recordEmployerSignature",
        Map.of(EMPLOYER_SIGNATORY_NAME, "Prezes zarządu", EMPLOYER_SIGNATURE_DATE, "2026-03-02"));
    assertThat(pi).isWaitingAt("internshipRunning");
  }

  void attendance(ProcessInstance pi, String employerUser, long hours) {
    assertThat(scenario.remindAtDue(pi, "confirmAttendance")).isTrue();
    Map<String, Object> v = new HashMap<>(Map.of(ACTUAL_START_DATE, START.toString(), ACTUAL_END_DATE, END.toString(),
        ACTUAL_HOURS, hours, EVALUATION_GRADE, "5", EVALUATION_TEXT, "Sumienny i zaangażowany."));
    scenario.complete(employerUser, pi, "confirmAttendance", v);
  }

  void finish(ProcessInstance pi) {
    scenario.remindAtDue(pi, "approveReport");
    scenario.complete("teacher1", pi, "approveReport", Map.of(REPORT_APPROVED, true));
    scenario.remindAtDue(pi, "issueCertificate");
    scenario.complete("coordinator", pi, "issueCertificate",
        Map.of(CERTIFICATE_NUMBER, "ZAS/2026/15", CERTIFICATE_DATE, END.plusDays(3).toString()));
    scenario.remindAtDue(pi, "payStipend");
    scenario.complete("accountant", pi, "payStipend",
        Map.of(STIPEND_PAID_DATE, END.plusDays(3).toString(), TUTOR_COMPENSATION_PAID_DATE, END.plusDays(3).toString()));
  }
}
