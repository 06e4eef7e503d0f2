package pl.vetworkflow.internship;

import pl.vetworkflow.participant.Pesel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static pl.vetworkflow.internship.InternshipScenario.SUBMITTED;
import static pl.vetworkflow.internship.InternshipScenario.clock;
import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
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
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.identity.Grants;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.notification.OverdueTaskReminders;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.testsupport.CoverageGrants;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.ReminderJob;
import pl.vetworkflow.validation.FormValidationException;

/**
 * Every path of teacher-internship (and of the shared employer-placement it calls), on the whole
 * application (H2), as the demo users. The coverage report is
 * target/process-test-coverage/TeacherInternshipProcessTest/.
 */
@H2IntegrationTest
// own database and engine name, like StudentInternshipProcessTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-teacher-internship-paths;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=teacher-internship-paths"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TeacherInternshipProcessTest {
  /** A vocational teacher born 1985. */
  static final String TEACHER_PESEL = Pesel.of(LocalDate.of(1985, 3, 10), 5678).value();
  /** One working week: 5 days x 8 h = the default 40 hours. */
  static final LocalDate START = LocalDate.of(2026, 4, 13);
  static final LocalDate END = LocalDate.of(2026, 4, 17);

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
  @Autowired Attachments attachments;

  InternshipScenario scenario;
  TeacherInternshipSteps steps;

  /** A complete teacher application of school 1 without planned hours (the configured 40 apply). */
  static Map<String, Object> teacherApplication(String employerId) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(TEACHER_FIRST_NAME, "Ewa");
    v.put(TEACHER_LAST_NAME, "Mazur");
    v.put(TeacherInternshipVariables.TEACHER_PESEL, TEACHER_PESEL);
    v.put(SCHOOL_ID, "1");
    v.put(TEACHING_SUBJECTS, "obróbka skrawaniem, technologia mechaniczna");
    v.put(PROFESSION, "technik mechanik");
    v.put(TEACHER_EMAIL, "ewa.mazur@szkola.example.pl");
    v.put(TEACHER_PHONE, "600 300 400");
    v.put(VOCATIONAL_TEACHER, true);
    if (employerId != null) {
      v.put(EMPLOYER_ID, employerId);
    }
    v.put(PLANNED_START_DATE, START.toString());
    v.put(PLANNED_END_DATE, END.toString());
    v.put(PRIVACY_NOTICE_ACKNOWLEDGED, true);
    return v;
  }

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new InternshipScenario(runtime, tasks, identity, management, new ReminderJob(reminderJob, jdbc));
    steps = new TeacherInternshipSteps(scenario, tasks, history, attachments);
    clock(SUBMITTED);
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
  void preferredEmployerFullHoursEndsWithTheConfirmationForTheTeachersCharter() {
    ProcessInstance pi = submit(teacherApplication("1"));
    assertThat(pi.getBusinessKey()).matches("SN/2026/\\d{4}");
    assertThat(pi).hasPassed("registerApplication", "assessApplication").isWaitingAt("reviewApplication")
        .variables().containsEntry(PLANNED_HOURS, 40L).containsEntry(PARTICIPANT_NAME, "Ewa Mazur")
        .containsEntry(SCHOOL_NAME, "Technikum nr 1 w Opolu").containsEntry(PREVIOUS_INTERNSHIPS, 0L)
        .containsEntry(EMPLOYER_NAME, "Opolskie Zakłady Mechaniczne Sp. z o.o.");
    Task review = scenario.task(pi, "reviewApplication");
    assertThat(candidateGroups(review)).containsExactly(Groups.COORDINATORS);
    assertThat(review.getDueDate()).isNotNull();
    // the school sees its own case
    assertThat(visibleTo("school1", pi)).isTrue();
    assertThat(visibleTo("school2", pi)).isFalse();
    assertThat(visibleTo("employer1", pi)).isFalse();

    approve(pi);
    confirmPlacement(pi, "employer1");
    assertThat(visibleTo("employer1", pi)).isTrue();
    assertThat(visibleTo("employer2", pi)).isFalse();
    throughAgreement(pi, "employer1");
    assertThat(participants.findByPesel(TEACHER_PESEL)).get().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ParticipantType.TEACHER);
      assertThat(p.schoolId()).isEqualTo("1");
    });
    assertThat(supports.find(SupportRegistry.Kind.TEACHER_INTERNSHIP, pi.getBusinessKey())).get()
        .extracting(SupportRegistry.Support::status).isEqualTo(SupportRegistry.Status.IN_PROGRESS);

    scenario.reachPlannedEnd(pi, END);
    attendance(pi, "employer1", 40L);
    assertThat(pi).hasPassed("hoursGateway").hasNotPassed("decideShortfall").isWaitingAt("issueConfirmation");
    confirm(pi);

    assertThat(pi).isEnded().hasPassed("recordCompleted", "internshipCompleted");
    assertThat(supports.find(SupportRegistry.Kind.TEACHER_INTERNSHIP, pi.getBusinessKey())).get().satisfies(s -> {
      assertThat(s.status()).isEqualTo(SupportRegistry.Status.COMPLETED);
      assertThat(s.hours()).isEqualTo(40);
      assertThat(s.end()).isEqualTo(END);
    });
    var history = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId());
    assertThat(history.variableName(CERTIFICATE_NUMBER).singleResult().getValue()).isEqualTo("ZN/2026/3");
    assertThat(remindedTasks(pi.getBusinessKey())).contains("reviewApplication", "confirmPlacement",
        "prepareAgreement", "recordTeacherSignature", "recordEmployerSignature", "confirmAttendance",
        "issueConfirmation");
  }

  @Test
  void invalidApplicationsAreRefusedNamingTheField() {
    assertRefused(with(TeacherInternshipVariables.TEACHER_PESEL, "85031056781"), "teacherPesel");
    assertRefused(with(SCHOOL_ID, "2"), "schoolId");
    assertRefused(with(EMPLOYER_ID, "999"), "employerId");
    assertRefused(with(PLANNED_HOURS, 20L), "plannedHours");
    assertRefused(with(PLANNED_END_DATE, "2026-04-10"), "plannedEndDate");
    // 40 hours do not fit into two days (8 h a day)
    assertRefused(with(PLANNED_END_DATE, "2026-04-14"), "plannedHours");
    assertRefused(with(VOCATIONAL_TEACHER, false), "vocationalTeacher");
    assertRefused(with("studentClass", "3TM"), "studentClass");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isZero();
    // an explicit number of hours within the limits is kept
    ProcessInstance pi = submit(with(PLANNED_END_DATE, "2026-04-24"), PLANNED_HOURS, 60L);
    assertThat(pi).variables().containsEntry(PLANNED_HOURS, 60L);
  }

  @Test
  void coordinatorRejectsAndTheSchoolSeesTheReason() {
    ProcessInstance pi = submit(teacherApplication("1"));
    assertThatThrownBy(() -> scenario.complete("coordinator", pi, "reviewApplication",
        Map.of(REVIEW_DECISION, "REJECT"))).isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("reviewReason"));
    scenario.complete("coordinator", pi, "reviewApplication",
        Map.of(REVIEW_DECISION, "REJECT", REVIEW_REASON, "Nauczyciel odbył już szkolenie w tym cyklu."));
    Task notice = scenario.task(pi, "notifyRejection");
    assertThat(candidateGroups(notice)).containsExactly("school-1");
    assertThat(tasks.getVariable(notice.getId(), REVIEW_REASON)).isEqualTo("Nauczyciel odbył już szkolenie w tym cyklu.");
    scenario.complete("school1", pi, "notifyRejection", Map.of(REJECTION_ACKNOWLEDGED, true));
    assertThat(pi).isEnded().hasPassed("applicationRejected").hasNotPassed("placeWithEmployer");
  }

  @Test
  void correctionLoopThenTheChosenEmployerDeclinesAndTheCoordinatorEndsTheApplication() {
    ProcessInstance pi = submit(teacherApplication(null));
    scenario.complete("coordinator", pi, "reviewApplication",
        Map.of(REVIEW_DECISION, "RETURN", REVIEW_REASON, "Uzupełnij przedmioty zawodowe."));
    assertThat(scenario.remindAtDue(pi, "correctApplication")).isTrue();
    Map<String, Object> corrected = teacherApplication(null);
    corrected.put(TEACHING_SUBJECTS, "obróbka skrawaniem, technologia mechaniczna, rysunek techniczny");
    // a teacher of the school sees the school's tasks but does not work a coordinator's task
    assertThatThrownBy(() -> scenario.complete("teacher1", pi, "correctApplication", corrected))
        .isInstanceOf(AuthorizationException.class);
    scenario.complete("school1", pi, "correctApplication", corrected);
    assertThat(pi).variables().containsEntry(TEACHING_SUBJECTS,
        "obróbka skrawaniem, technologia mechaniczna, rysunek techniczny");
    approve(pi);

    // no preferred employer: the coordinator chooses employer 2, who declines
    assertThat(scenario.remindAtDue(pi, "selectEmployer")).isTrue();
    scenario.complete("coordinator", pi, "selectEmployer", Map.of(EMPLOYER_SELECTION, "EMPLOYER", EMPLOYER_ID, "2"));
    Task placement = scenario.task(pi, "confirmPlacement");
    assertThat(candidateGroups(placement)).containsExactly("employer-2");
    assertThat(tasks.getVariable(placement.getId(), EmployerPlacementVariables.INTERNSHIP_TYPE))
        .isEqualTo("Staż nauczyciela u pracodawcy");
    assertThatThrownBy(() -> scenario.complete("employer1", pi, "confirmPlacement",
        Map.of(PLACEMENT_DECISION, "DECLINE", "placementDeclineReason", "x"))).isInstanceOf(AuthorizationException.class);
    scenario.complete("employer2", pi, "confirmPlacement",
        Map.of(PLACEMENT_DECISION, "DECLINE", "placementDeclineReason", "Brak opiekuna w kwietniu."));
    assertThat(visibleTo("employer2", pi)).isFalse();
    scenario.complete("coordinator", pi, "selectEmployer",
        Map.of(EMPLOYER_SELECTION, "END", SELECTION_REMARKS, "Brak innego pracodawcy w zawodzie."));
    assertThat(pi).isEnded().hasPassed("noEmployerFound");
  }

  @Test
  void schoolReportsThatTheTeacherDroppedOut() {
    ProcessInstance pi = submit(teacherApplication("1"));
    approve(pi);
    confirmPlacement(pi, "employer1");
    throughAgreement(pi, "employer1");
    clock(LocalDate.of(2026, 4, 15));
    Task running = scenario.task(pi, "internshipRunning");
    assertThat(running.getDueDate()).isNotNull();
    assertThatThrownBy(() -> scenario.complete("school1", pi, "internshipRunning",
        Map.of(DROPOUT_DATE, "2026-04-20", DROPOUT_REASON, "Choroba."))).isInstanceOf(FormValidationException.class)
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("dropoutDate"));
    scenario.complete("school1", pi, "internshipRunning", Map.of(DROPOUT_DATE, "2026-04-14", DROPOUT_REASON, "Choroba."));
    assertThat(pi).isEnded().hasPassed("recordDropout", "internshipDroppedOut");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(supports.find(SupportRegistry.Kind.TEACHER_INTERNSHIP, pi.getBusinessKey())).get().satisfies(s -> {
      assertThat(s.status()).isEqualTo(SupportRegistry.Status.DROPPED_OUT);
      assertThat(s.end()).isEqualTo(LocalDate.of(2026, 4, 14));
    });
  }

  @Test
  void chosenEmployerConfirmsFewerHoursAreAcceptedPartially() {
    ProcessInstance pi = submit(teacherApplication(null));
    approve(pi);
    scenario.complete("coordinator", pi, "selectEmployer", Map.of(EMPLOYER_SELECTION, "EMPLOYER", EMPLOYER_ID, "1"));
    confirmPlacement(pi, "employer1");
    throughAgreement(pi, "employer1");
    scenario.reachPlannedEnd(pi, END);
    // the attendance limits are the same as for students: 8 h a day
    assertThatThrownBy(() -> attendance(pi, "employer1", 48L)).isInstanceOf(FormValidationException.class)
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("actualHours"));
    attendance(pi, "employer1", 32L);
    assertThat(scenario.remindAtDue(pi, "decideShortfall")).isTrue();
    scenario.complete("coordinator", pi, "decideShortfall",
        Map.of(SHORTFALL_DECISION, "ACCEPT_PARTIAL", SHORTFALL_REASON, "Jeden dzień usprawiedliwionej nieobecności."));
    confirm(pi);
    assertThat(pi).isEnded().hasPassed("decideShortfall", "internshipCompleted");
    assertThat(supports.find(SupportRegistry.Kind.TEACHER_INTERNSHIP, pi.getBusinessKey())).get()
        .extracting(SupportRegistry.Support::hours).isEqualTo(32);
  }

  @Test
  void fewerHoursRejected() {
    ProcessInstance pi = submit(teacherApplication("1"));
    approve(pi);
    confirmPlacement(pi, "employer1");
    throughAgreement(pi, "employer1");
    scenario.reachPlannedEnd(pi, END);
    attendance(pi, "employer1", 16L);
    scenario.complete("coordinator", pi, "decideShortfall",
        Map.of(SHORTFALL_DECISION, "REJECT", SHORTFALL_REASON, "Nieobecności nieusprawiedliwione."));
    assertThat(pi).isEnded().hasPassed("recordNotCompleted", "internshipNotCompleted").hasNotPassed("issueConfirmation");
    assertThat(supports.find(SupportRegistry.Kind.TEACHER_INTERNSHIP, pi.getBusinessKey())).get()
        .extracting(SupportRegistry.Support::status).isEqualTo(SupportRegistry.Status.NOT_COMPLETED);
  }

  // ---------------------------------------------------------------- steps

  ProcessInstance submit(Map<String, Object> application) {
    return steps.submit(application);
  }

  ProcessInstance submit(Map<String, Object> application, String key, Object value) {
    application.put(key, value);
    return submit(application);
  }

  static Map<String, Object> with(String key, Object value) {
    Map<String, Object> v = teacherApplication("1");
    v.put(key, value);
    return v;
  }

  void assertRefused(Map<String, Object> application, String field) {
    assertThatThrownBy(() -> submit(application)).isInstanceOf(FormValidationException.class)
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains(field));
  }

  void approve(ProcessInstance pi) {
    steps.approve(pi);
  }

  void confirmPlacement(ProcessInstance pi, String employerUser) {
    steps.confirmPlacement(pi, employerUser);
  }

  void throughAgreement(ProcessInstance pi, String employerUser) {
    steps.throughAgreement(pi, employerUser);
  }

  void attendance(ProcessInstance pi, String employerUser, long hours) {
    steps.attendance(pi, employerUser, hours);
  }

  void confirm(ProcessInstance pi) {
    steps.confirm(pi);
  }

  List<String> candidateGroups(Task task) {
    return steps.candidateGroups(task);
  }

  boolean visibleTo(String userId, ProcessInstance pi) {
    return scenario.as(userId, () -> runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 1);
  }

  List<String> remindedTasks(String businessKey) {
    return jdbc.queryForList("select distinct task_id from vet_mail_outbox where kind = 'REMINDER' and business_key = ?",
        String.class, businessKey).stream()
        .map(id -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(id).singleResult()
            .getTaskDefinitionKey())
        .toList();
  }
}
