package pl.vetworkflow.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static pl.vetworkflow.course.CourseForms.*;
import static pl.vetworkflow.course.CourseScenario.clock;
import static pl.vetworkflow.course.CourseVariables.*;

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
import pl.vetworkflow.identity.Grants;
import pl.vetworkflow.indicators.IndicatorService;
import pl.vetworkflow.indicators.ProgrammeIndicators;
import pl.vetworkflow.indicators.ProgrammeTargets;
import pl.vetworkflow.notification.OverdueTaskReminders;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.testsupport.CoverageGrants;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.ReminderJob;
import pl.vetworkflow.validation.FormValidationException;
import pl.vetworkflow.validation.JsonRows;

/**
 * Every path of {@code course} on the whole application (H2), as the demo users, with the called
 * {@code supplier-selection}. The coverage report is target/process-test-coverage/CourseProcessTest/.
 */
@H2IntegrationTest
// own database: the counts of targets and registry start from zero
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-course-paths;DB_CLOSE_DELAY=-1"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CourseProcessTest {
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired ParticipantRegistry participants;
  @Autowired CourseRegistry courses;
  @Autowired Grants grants;
  @Autowired IndicatorService indicators;
  @Autowired OverdueTaskReminders reminderJob;
  ReminderJob reminders;

  CourseScenario scenario;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new CourseScenario(runtime, tasks, identity, management);
    reminders = new ReminderJob(reminderJob, jdbc);
    clock(TODAY);
    // each test starts with empty programme records (this context has its own database)
    jdbc.update("delete from vet_support");
    jdbc.update("delete from vet_course_enrolment");
    jdbc.update("delete from vet_course");
    jdbc.update("delete from vet_procurement_order");
    jdbc.update("delete from vet_participant");
    CoverageGrants.letWorkingRolesReadDefinitions(grants);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  /** The person's monitoring-data cases (process participant-data), open or ended. */
  long monitoringCases(Person person) {
    long id = participants.findByPesel(person.pesel()).orElseThrow().id();
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("participant-data")
        .variableValueEquals("participantId", id).count();
  }

  // ---------------------------------------------------------------- paths

  @Test
  void studentQualificationCourseWithContractReturnedCorrectedAndCompletedByTheRule() {
    // a student of school 1 already in the registry (from an earlier form of support): enrolled by PESEL alone
    participants.register(STUDENT_C.pesel(), STUDENT_C.firstName(), STUDENT_C.lastName(), ParticipantType.STUDENT, "1",
        TODAY.minusMonths(2));
    ProcessInstance pi = scenario.request("school1", request(CourseKind.STUDENT_QUALIFICATION_COURSE, "1", 3));
    assertThat(pi.getBusinessKey()).matches("KU/2026/\\d{4}");
    assertThat(pi).hasPassed("registerCourseRequest", "assessCourseTargets").isWaitingAt("reviewCourseRequest")
        .variables().containsEntry(REQUESTER_GROUP, "school-1").containsEntry(SCHOOL_NAME, "Technikum nr 1 w Opolu")
        .containsEntry(TARGET_TOTAL, 600L).containsEntry(TARGET_REMAINING, 600L).containsEntry(TARGET_EXCEEDED, false);
    Task review = scenario.task(pi, "reviewCourseRequest");
    assertThat(review).hasCandidateGroup("coordinators").hasName("Rozpatrz wniosek o kurs");
    assertThat(review.getDueDate()).isEqualTo(java.sql.Timestamp.valueOf(TODAY.plusDays(5).atTime(9, 0)));
    assertThat(reminders.remindedAtDue(review)).isTrue();

    scenario.complete("coordinator", pi, "reviewCourseRequest", decision(RETURN, "Podaj zawód zgodny z klasyfikacją."));
    Task correction = scenario.task(pi, "correctCourseRequest");
    assertThat(correction).hasCandidateGroup("school-1");
    // corrections are the school coordinator's: a teacher is not a candidate (nor in the role)
    assertThatThrownBy(() -> scenario.complete("teacher1", pi, "correctCourseRequest", Map.of()))
        .isInstanceOf(AuthorizationException.class);
    assertThat(reminders.remindedAtDue(scenario.task(pi, "correctCourseRequest"))).isTrue();
    Map<String, Object> corrected = request(CourseKind.STUDENT_QUALIFICATION_COURSE, "1", 3);
    corrected.put(PROFESSION, "technik mechanik 311504");
    scenario.complete("school1", pi, "correctCourseRequest", corrected);
    assertThat(pi).isWaitingAt("reviewCourseRequest").variables().containsEntry(PROFESSION, "technik mechanik 311504");

    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract());
    assertThat(pi).hasPassed("recordCourseApproval", "providerGateway", "providerMerge", "recordCourseProvider",
        "pnzGateway", "enrolmentMerge").hasNotPassed("selectProvider", "enterKuratorApproval")
        .isWaitingAt("enrolParticipants");
    assertThat(courses.find(pi.getBusinessKey())).get().satisfies(c -> {
      assertThat(c.status()).isEqualTo(CourseRegistry.CourseStatus.APPROVED);
      assertThat(c.contractNumber()).isEqualTo("UM/2026/005");
    });
    assertThat(scenario.task(pi, "enrolParticipants")).hasCandidateGroup("school-1");
    assertThat(reminders.remindedAtDue(scenario.task(pi, "enrolParticipants"))).isTrue();

    scenario.complete("school1", pi, "enrolParticipants",
        enrolment(STUDENT_A.row(), STUDENT_B.row(), STUDENT_C.known()));
    assertThat(pi).isWaitingAt("changeEnrolment").variables().containsEntry(ENROLLED_COUNT, 3L);
    // the changes task closes itself when the course starts: no reminders
    assertThat(reminders.remindedAtDue(scenario.task(pi, "changeEnrolment"))).isFalse();
    // a withdrawal before the start frees a seat, which another student takes
    scenario.complete("school1", pi, "changeEnrolment", Map.of(WITHDRAWALS, withdrawals(STUDENT_B),
        ADDITIONAL_PARTICIPANTS, rows(STUDENT_D)));
    assertThat(pi).isWaitingAt("changeEnrolment").variables().containsEntry(ENROLLED_COUNT, 3L);
    assertThat(JsonRows.of(runtime.getVariable(pi.getId(), WITHDRAWALS))).isEmpty();
    assertThat(JsonRows.of(runtime.getVariable(pi.getId(), ADDITIONAL_PARTICIPANTS))).isEmpty();
    assertThat(JsonRows.of(runtime.getVariable(pi.getId(), ENROLLED_PARTICIPANTS))).containsExactly(
        Map.of("pesel", STUDENT_A.pesel(), "name", "Jan Kowalski"),
        Map.of("pesel", STUDENT_C.pesel(), "name", "Piotr Zieliński"),
        Map.of("pesel", STUDENT_D.pesel(), "name", "Ewa Wójcik"));

    scenario.courseStarts(pi);
    assertThat(pi).hasPassed("courseStarts", "startCourse", "participantsGateway").isWaitingAt("courseEnded");
    assertThat(participants.findByPesel(STUDENT_A.pesel())).get().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ParticipantType.STUDENT);
      assertThat(p.schoolId()).isEqualTo("1");
      assertThat(p.firstSupportDate()).isEqualTo(START);
    });
    assertThat(participants.findByPesel(STUDENT_B.pesel())).isEmpty();
    assertThat(participants.findByPesel(STUDENT_C.pesel()).orElseThrow().firstSupportDate())
        .isEqualTo(TODAY.minusMonths(2));
    // each new participant gets one monitoring-data case; the student known before keeps the one of
    // their first registration (above) and gets no second
    assertThat(monitoringCases(STUDENT_A)).isEqualTo(1);
    assertThat(monitoringCases(STUDENT_D)).isEqualTo(1);
    assertThat(monitoringCases(STUDENT_C)).isEqualTo(1);

    scenario.courseEnds(pi);
    assertThat(pi).isWaitingAt("recordCourseResults");
    assertThat(JsonRows.of(runtime.getVariable(pi.getId(), COURSE_RESULTS))).hasSize(3)
        .first().isEqualTo(Map.of("pesel", STUDENT_A.pesel(), "name", "Jan Kowalski"));
    assertThat(reminders.remindedAtDue(scenario.task(pi, "recordCourseResults"))).isTrue();
    java.time.LocalDate issued = END.plusDays(1);
    scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", "zdany", "MEC.08/2026/1", issued),
        result(STUDENT_C, "85,5%", "niezdany", null, null),
        result(STUDENT_D, "70", "nieobecny", null, null)));
    assertThat(pi).hasPassed("assessCourseResults").isWaitingAt("confirmCourseResults").variables()
        .containsEntry(COMPLETED_COUNT, 1L).extractingByKey(RESULTS_SUMMARY).asString()
        .startsWith("Ukończyło 1 z 3 uczestników.")
        .contains("Jan Kowalski: frekwencja 95%, egzamin zdany – UKOŃCZYŁ(A), zaświadczenie nr MEC.08/2026/1 z "
            + issued.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
        .contains("Piotr Zieliński: frekwencja 85,5%, egzamin niezdany – NIE UKOŃCZYŁ(A): egzamin kwalifikacyjny")
        .contains("Ewa Wójcik: frekwencja 70%, egzamin nieobecny – NIE UKOŃCZYŁ(A): frekwencja poniżej wymaganych 80%");
    assertThat(reminders.remindedAtDue(scenario.task(pi, "confirmCourseResults"))).isTrue();

    scenario.complete("coordinator", pi, "confirmCourseResults", confirm(RETURN, "Sprawdź wynik egzaminu Piotra."));
    assertThat(pi).isWaitingAt("recordCourseResults");
    scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", "zdany", "MEC.08/2026/1", issued),
        result(STUDENT_C, "85,5", "zdany", "MEC.08/2026/2", issued),
        result(STUDENT_D, "70", "nieobecny", null, null)));
    scenario.complete("coordinator", pi, "confirmCourseResults", confirm(CONFIRM, null));

    assertThat(pi).isEnded().hasPassed("recordCourseCompletion", "courseCompleted");
    assertThat(courses.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(CourseRegistry.CourseStatus.COMPLETED);
    assertThat(jdbc.queryForList("select p.pesel, s.status, s.end_date, s.hours from vet_support s join vet_participant p"
        + " on p.id = s.participant_id where s.kind = 'STUDENT_QUALIFICATION_COURSE' order by p.pesel"))
        .extracting(r -> r.get("PESEL") + ":" + r.get("STATUS") + ":" + r.get("END_DATE") + ":" + r.get("HOURS"))
        .containsExactlyInAnyOrder(STUDENT_A.pesel() + ":COMPLETED:" + END + ":60",
            STUDENT_C.pesel() + ":COMPLETED:" + END + ":60", STUDENT_D.pesel() + ":NOT_COMPLETED:" + END + ":60");
    // the programme's indicators count the completions by kind
    assertThat(activity(ProgrammeTargets.STUDENT_COURSES).completed()).isEqualTo(2L);
    assertThat(activity(ProgrammeTargets.STUDENT_COURSES).target()).isEqualTo(600);
    assertThat(activity(ProgrammeTargets.INSTRUCTOR_COURSES).completed()).isZero();
    // the finished course now uses its completions (2), not its seats (3), of the shared student target
    assertThat(courses.committedParticipations(CourseKind.TargetGroup.STUDENT_COURSES)).isEqualTo(2L);
    clock(TODAY);
    ProcessInstance next = scenario.request("school2", request(CourseKind.STUDENT_COMPETENCE_COURSE, "2", 10));
    assertThat(next).variables().containsEntry(TARGET_COMMITTED, 2L).containsEntry(TARGET_REMAINING, 598L);
    assertThat(courses.enrolments(pi.getBusinessKey())).extracting(e -> e.pesel() + ":" + e.status())
        .containsExactly(STUDENT_A.pesel() + ":COMPLETED", STUDENT_B.pesel() + ":WITHDRAWN",
            STUDENT_C.pesel() + ":COMPLETED", STUDENT_D.pesel() + ":NOT_COMPLETED");
  }

  @Test
  void rejectedRequestIsAcknowledgedByTheSchool() {
    ProcessInstance pi = scenario.request("school2", request(CourseKind.TEACHER_COURSE, "2", 2));
    scenario.complete("coordinator", pi, "reviewCourseRequest", decision(REJECT, "Brak środków w tym roku."));
    Task notice = scenario.task(pi, "notifyCourseRejection");
    assertThat(notice).hasCandidateGroup("school-2");
    assertThat(reminders.remindedAtDue(scenario.task(pi, "notifyCourseRejection"))).isTrue();
    scenario.complete("school2", pi, "notifyCourseRejection", Map.of(REJECTION_ACKNOWLEDGED, true));
    assertThat(pi).isEnded().hasPassed("courseRejected").hasNotPassed("recordCourseApproval");
    assertThat(courses.find(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void pnzCourseBoughtInSupplierSelectionApprovedByKuratorRunsToCertificates() {
    ProcessInstance pi = scenario.request("coordinator", request(CourseKind.PNZ_INSTRUCTOR_COURSE, null, 2));
    assertThat(pi).variables().containsEntry(REQUESTER_GROUP, "coordinators").containsEntry(TARGET_TOTAL, 50L);
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithProcurement());
    assertThat(pi).hasPassed("registerCourseProcurement").isWaitingAt("selectProvider");
    assertThat(jdbc.queryForMap("select order_kind, category, status from vet_procurement_order"))
        .containsEntry("ORDER_KIND", "COURSE").containsEntry("CATEGORY", "PNZ_INSTRUCTOR_COURSE")
        .containsEntry("STATUS", "APPROVED");

    scenario.complete("coordinator", pi, "recordEnquiry", enquiry(TODAY, TODAY.plusDays(10)));
    clock(TODAY.plusDays(11));
    scenario.fire(pi, "offerDeadlineReached");
    scenario.complete("coordinator", pi, "recordOffers", offers(11500.0));
    scenario.complete("coordinator", pi, "recordContract", contract(11500.0, TODAY.plusDays(11)));
    assertThat(pi).hasPassed("selectProvider", "selectionGateway", "recordCourseProvider")
        .isWaitingAt("enterKuratorApproval").variables().containsEntry(SELECTION_OUTCOME, "CONTRACTED")
        .containsEntry(PROVIDER_NAME, "Opolskie Centrum Szkoleń sp. z o.o.").containsEntry(CONTRACT_NUMBER, "UM/2026/PNZ/3");
    assertThat(scenario.task(pi, "enterKuratorApproval")).hasCandidateGroup("coordinators");
    assertThat(reminders.remindedAtDue(scenario.task(pi, "enterKuratorApproval"))).isTrue();

    scenario.complete("coordinator", pi, "enterKuratorApproval", kuratorApproved(TODAY.plusDays(11), 48));
    assertThat(pi).hasPassed("recordKuratorApproval").isWaitingAt("enrolParticipants");
    assertThat(courses.find(pi.getBusinessKey())).get().satisfies(c -> {
      assertThat(c.kuratorApprovalNumber()).isEqualTo("OKO-IV.5563.12.2026");
      assertThat(c.programmeHours()).isEqualTo(48);
      assertThat(c.providerName()).isEqualTo("Opolskie Centrum Szkoleń sp. z o.o.");
    });
    assertThat(scenario.task(pi, "enrolParticipants")).hasCandidateGroup("coordinators");
    scenario.complete("coordinator", pi, "enrolParticipants", enrolment(INSTRUCTOR_A.row(), INSTRUCTOR_B.row()));
    scenario.courseStarts(pi);
    scenario.courseEnds(pi);
    scenario.complete("coordinator", pi, "recordCourseResults", results(
        result(INSTRUCTOR_A, "100", null, "PNZ/2026/001", END),
        result(INSTRUCTOR_B, "60", null, null, null)));
    scenario.complete("coordinator", pi, "confirmCourseResults", confirm(CONFIRM, null));

    assertThat(pi).isEnded().hasPassed("courseCompleted");
    assertThat(participants.findByPesel(INSTRUCTOR_A.pesel()).orElseThrow().type()).isEqualTo(ParticipantType.INSTRUCTOR);
    assertThat(participants.findByPesel(INSTRUCTOR_A.pesel()).orElseThrow().schoolId()).isNull();
    assertThat(activity(ProgrammeTargets.INSTRUCTOR_COURSES).completed()).isEqualTo(1L);
    assertThat(indicators.compute().people()).filteredOn(i -> i.key().equals(ProgrammeTargets.INSTRUCTORS))
        .singleElement().satisfies(i -> assertThat(i.completed()).isEqualTo(1L));
    assertThat(courses.enrolments(pi.getBusinessKey())).extracting(e -> e.certificateNumber())
        .containsExactly("PNZ/2026/001", null);
  }

  @Test
  void pnzCourseRefusedByKuratorIsCancelled() {
    ProcessInstance pi = scenario.request("coordinator", request(CourseKind.PNZ_INSTRUCTOR_COURSE, null, 10));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract());
    scenario.complete("coordinator", pi, "enterKuratorApproval", Map.of(KURATOR_DECISION, KURATOR_REFUSED,
        KURATOR_REMARKS, "Program niezgodny z programem ramowym."));
    assertThat(pi).isEnded().hasPassed("cancelMerge", "cancelCourse", "courseCancelled")
        .hasNotPassed("recordKuratorApproval", "enrolParticipants");
    assertThat(courses.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(CourseRegistry.CourseStatus.CANCELLED);
  }

  @Test
  void supplierSelectionWithoutOffersCancelsTheCourse() {
    ProcessInstance pi = scenario.request("school1", request(CourseKind.STUDENT_COMPETENCE_COURSE, "1", 5));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithProcurement());
    scenario.complete("coordinator", pi, "recordEnquiry", enquiry(TODAY, TODAY.plusDays(10)));
    clock(TODAY.plusDays(11));
    scenario.fire(pi, "offerDeadlineReached");
    scenario.complete("coordinator", pi, "recordOffers", Map.of("offersOutcome", "NO_OFFERS"));
    scenario.complete("coordinator", pi, "decideNoOffers", Map.of("noOffersDecision", "CANCEL",
        "noOffersReason", "Brak organizatorów w regionie."));
    assertThat(pi).isEnded().hasPassed("selectionGateway", "cancelCourse", "courseCancelled")
        .variables().containsEntry(SELECTION_OUTCOME, "CANCELLED");
    assertThat(courses.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(CourseRegistry.CourseStatus.CANCELLED);
    assertThat(jdbc.queryForObject("select status from vet_procurement_order", String.class)).isEqualTo("CANCELLED");
  }

  @Test
  void teacherCourseBeyondTheTargetNeedsAnOverrideAndIsCancelledWhenEveryoneWithdraws() {
    ProcessInstance pi = scenario.request("school1", request(CourseKind.TEACHER_COURSE, "1", 12));
    assertThat(pi).variables().containsEntry(TARGET_TOTAL, 10L).containsEntry(TARGET_REMAINING, 10L)
        .containsEntry(TARGET_EXCEEDED, true);
    assertThatThrownBy(() -> scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract()))
        .isInstanceOf(FormValidationException.class).satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("targetOverride"))
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains("targetOverrideReason")).hasMessageContaining("pozostało 10 z 10");
    Map<String, Object> approve = approveWithContract();
    approve.put(TARGET_OVERRIDE, true);
    approve.put(TARGET_OVERRIDE_REASON, "Dodatkowa grupa nauczycieli z zespołu szkół.");
    scenario.complete("coordinator", pi, "reviewCourseRequest", approve);
    assertThat(courses.find(pi.getBusinessKey()).orElseThrow().targetOverrideReason())
        .isEqualTo("Dodatkowa grupa nauczycieli z zespołu szkół.");
    assertThat(courses.committedParticipations(CourseKind.TargetGroup.TEACHER_COURSES)).isEqualTo(12L);

    scenario.complete("school1", pi, "enrolParticipants", enrolment(TEACHER_A.row()));
    scenario.complete("school1", pi, "changeEnrolment", Map.of(WITHDRAWALS, withdrawals(TEACHER_A)));
    assertThat(pi).variables().containsEntry(ENROLLED_COUNT, 0L);
    scenario.courseStarts(pi);
    assertThat(pi).isEnded().hasPassed("participantsGateway", "cancelCourse", "courseCancelled")
        .hasNotPassed("courseEnded");
    assertThat(participants.findByPesel(TEACHER_A.pesel())).isEmpty();
    assertThat(courses.committedParticipations(CourseKind.TargetGroup.TEACHER_COURSES)).isZero();
  }

  @Test
  void everyUserTaskHasAPolishNameADueDateAndACandidateGroup() {
    var model = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId());
    var userTasks = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class);
    assertThat(userTasks).hasSize(8);
    for (var task : userTasks) {
      assertThat(task.getName()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRef()).as(task.getId()).startsWith("course-");
    }
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(1825);
  }

  ProgrammeIndicators.Indicator activity(String key) {
    return indicators.compute().activities().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- authorization

  @Test
  void aSchoolSeesOnlyItsOwnCourseCases() {
    ProcessInstance own = scenario.request("school1", request(CourseKind.STUDENT_COMPETENCE_COURSE, "1", 5));
    ProcessInstance other = scenario.request("school2", request(CourseKind.STUDENT_COMPETENCE_COURSE, "2", 5));
    ProcessInstance pnz = scenario.request("coordinator", request(CourseKind.PNZ_INSTRUCTOR_COURSE, null, 5));
    List<String> seenBySchool1 = scenario.as("school1", () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).listPage(0, 100).stream().map(ProcessInstance::getId).toList());
    assertThat(seenBySchool1).contains(own.getId()).doesNotContain(other.getId(), pnz.getId());
    List<String> seenByCoordinator = scenario.as("coordinator", () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).listPage(0, 100).stream().map(ProcessInstance::getId).toList());
    assertThat(seenByCoordinator).contains(own.getId(), other.getId(), pnz.getId());
    List<String> seenByAccountant = scenario.as("accountant", () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).listPage(0, 100).stream().map(ProcessInstance::getId).toList());
    assertThat(seenByAccountant).contains(own.getId(), other.getId(), pnz.getId());
    assertThat(scenario.as("employer1", () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .count())).isZero();
    // a teacher is not in the school's group (the school coordinators): refused by the form check
    // of the school before the engine's start permission
    assertThatThrownBy(() -> scenario.request("teacher1", request(CourseKind.TEACHER_COURSE, "1", 5)))
        .isInstanceOfAny(AuthorizationException.class, pl.vetworkflow.validation.FormValidationException.class);
  }
}
