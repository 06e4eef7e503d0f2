package pl.vetworkflow.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.vetworkflow.course.CourseForms.*;
import static pl.vetworkflow.course.CourseScenario.clock;
import static pl.vetworkflow.course.CourseVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.testsupport.CoverageGrants;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.FormValidationException;
import pl.vetworkflow.validation.PolishDates;
import pl.vetworkflow.validation.Violations;

/**
 * Server-side validation of every course form: a wrong submission is refused with an error naming the
 * field, the task stays open and nothing changes (variables, enrolments). Same context as
 * {@link CourseProcessTest}.
 */
@H2IntegrationTest
// own database: the counts of targets and registry start from zero
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-course-paths;DB_CLOSE_DELAY=-1"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CourseValidationTest {
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired ParticipantRegistry participants;
  @Autowired CourseRegistry courses;
  @Autowired CourseTaskRules taskRules;
  @Autowired Grants grants;

  CourseScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new CourseScenario(runtime, tasks, identity, management);
    clock(TODAY);
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

  static void refused(ThrowingCallable call, String field, String... fragments) {
    var assertion = assertThatThrownBy(call).isInstanceOf(FormValidationException.class)
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).contains(field));
    for (String fragment : fragments) {
      assertion.hasMessageContaining(fragment);
    }
  }

  long courseCases() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
  }

  @Test
  void requestIsCheckedAndNothingStartsWhenItIsWrong() {
    long before = courseCases();
    Map<String, Object> otherSchool = request(CourseKind.STUDENT_COMPETENCE_COURSE, "2", 5);
    refused(() -> scenario.request("school1", otherSchool), SCHOOL_ID, "tylko dla własnej szkoły");
    Map<String, Object> unknownSchool = request(CourseKind.TEACHER_COURSE, "999", 5);
    refused(() -> scenario.request("coordinator", unknownSchool), SCHOOL_ID, "nieznana szkoła");
    Map<String, Object> reversed = request(CourseKind.TEACHER_COURSE, "1", 5);
    reversed.put(PLANNED_END_DATE, START.minusDays(1).toString());
    // what the person reads names the field by its label and dates as dd.mm.rrrr, never a variable name or ISO
    refused(() -> scenario.request("school1", reversed), PLANNED_END_DATE, "„Planowana data zakończenia”: data"
        + " zakończenia " + PolishDates.format(START.minusDays(1)) + " jest wcześniejsza niż data rozpoczęcia "
        + PolishDates.format(START));
    assertThatThrownBy(() -> scenario.request("school1", reversed))
        .hasMessageNotContaining(PLANNED_END_DATE).hasMessageNotContaining(START.toString());
    Map<String, Object> past = request(CourseKind.TEACHER_COURSE, "1", 5);
    past.put(PLANNED_START_DATE, TODAY.toString());
    refused(() -> scenario.request("school1", past), PLANNED_START_DATE, "późniejsza niż dziś");
    Map<String, Object> longTopic = request(CourseKind.TEACHER_COURSE, "1", 5);
    longTopic.put(TOPIC, "x".repeat(201));
    refused(() -> scenario.request("school1", longTopic), TOPIC, "za długi: 201 znaków, dozwolone 200");
    Map<String, Object> extra = request(CourseKind.TEACHER_COURSE, "1", 5);
    extra.put("requesterGroup", "coordinators");
    refused(() -> scenario.request("school1", extra), "requesterGroup", "nieznane pole");
    Map<String, Object> noProfession = request(CourseKind.STUDENT_QUALIFICATION_COURSE, "1", 5);
    noProfession.remove(PROFESSION);
    refused(() -> scenario.request("school1", noProfession), PROFESSION, "podaj zawód");
    Map<String, Object> tooManySeats = request(CourseKind.TEACHER_COURSE, "1", 101);
    refused(() -> scenario.request("school1", tooManySeats), SEATS, "maksimum 100");
    Map<String, Object> pnz = request(CourseKind.PNZ_INSTRUCTOR_COURSE, "1", 5);
    pnz.put(PLANNED_HOURS, 40L);
    refused(() -> scenario.request("coordinator", pnz), SCHOOL_ID, "pozostaw pole puste");
    refused(() -> scenario.request("coordinator", pnz), PLANNED_HOURS, "co najmniej 48 godzin");
    refused(() -> scenario.request("school1", request(CourseKind.PNZ_INSTRUCTOR_COURSE, null, 5)), COURSE_KIND,
        "koordynator projektu");
    assertThat(courseCases()).isEqualTo(before);
  }

  @Test
  void reviewAndCorrectionAreChecked() {
    ProcessInstance pi = scenario.request("school1", request(CourseKind.STUDENT_COMPETENCE_COURSE, "1", 5));
    refused(() -> scenario.complete("coordinator", pi, "reviewCourseRequest", Map.of(REVIEW_DECISION, REJECT)),
        REVIEW_REASON, "uzasadnienie odrzucenia");
    Map<String, Object> noContract = approveWithContract();
    noContract.remove(CONTRACT_NUMBER);
    refused(() -> scenario.complete("coordinator", pi, "reviewCourseRequest", noContract), CONTRACT_NUMBER,
        "numer obowiązującej umowy");
    refused(() -> scenario.complete("coordinator", pi, "reviewCourseRequest", Map.of(REVIEW_DECISION, APPROVE)),
        PROVIDER_SOURCE, "jak zostanie wybrany organizator");
    assertThat(scenario.task(pi, "reviewCourseRequest")).isNotNull();
    assertThat(runtime.getVariable(pi.getId(), REVIEW_DECISION)).isNull();

    scenario.complete("coordinator", pi, "reviewCourseRequest", decision(RETURN, "Zmień temat."));
    Map<String, Object> kindChanged = request(CourseKind.STUDENT_QUALIFICATION_COURSE, "1", 5);
    refused(() -> scenario.complete("school1", pi, "correctCourseRequest", kindChanged), COURSE_KIND,
        "tylko do odczytu");
  }

  @Test
  void enrolmentAndChangesAreChecked() {
    participants.register(STUDENT_C.pesel(), "Piotr", "Zieliński", ParticipantType.STUDENT, "2", TODAY.minusDays(30));
    participants.register(TEACHER_A.pesel(), "Marta", "Lis", ParticipantType.TEACHER, "1", TODAY.minusDays(30));
    ProcessInstance pi = scenario.request("school1", request(CourseKind.STUDENT_COMPETENCE_COURSE, "1", 2));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract());

    assertThatThrownBy(() -> scenario.complete("teacher1", pi, "enrolParticipants", enrolment(STUDENT_A.row())))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("może wykonać tylko koordynator szkolny lub koordynator projektu");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants", enrolment(TEACHER_A.known())),
        PARTICIPANTS, "wiersz 1, PESEL: osoba jest w rejestrze uczestników jako: nauczyciel",
        "można zapisać tylko: uczeń");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants",
        enrolment(STUDENT_A.row(), STUDENT_B.row(), STUDENT_D.row())), PARTICIPANTS,
        "liczba uczestników (3) przekracza liczbę miejsc na kursie (2)");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants", enrolment(participant("12345678901", "Jan", "Nowak", true))),
        PARTICIPANTS, "wiersz 1, PESEL: PESEL ma błędną cyfrę kontrolną");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants",
        enrolment(participant(STUDENT_A.pesel(), "Jan", "Kowalski", false))), PARTICIPANTS,
        "wiersz 1, Uczestnik otrzymał i potwierdził klauzulę informacyjną o przetwarzaniu danych osobowych: pole musi"
        + " zostać zaznaczone");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants", enrolment(STUDENT_A.known())),
        PARTICIPANTS, "wiersz 1, imię i nazwisko: osoby nie ma w rejestrze uczestników – podaj imię i nazwisko");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants", enrolment(STUDENT_C.known())),
        PARTICIPANTS, "innej szkoły („Technikum nr 3 w Nysie”)");
    Person known = person(java.time.LocalDate.of(2008, 3, 3), 9091, "Karol", "Nowicki");
    participants.register(known.pesel(), "Karol", "Nowicki", ParticipantType.STUDENT, "1", TODAY.minusDays(30));
    refused(() -> scenario.complete("school1", pi, "enrolParticipants",
        enrolment(STUDENT_A.row(), participant(known.pesel(), "Paweł", "Nowicki", true))), PARTICIPANTS,
        "wiersz 2, imię i nazwisko: pod tym numerem PESEL w rejestrze uczestników jest Karol Nowicki");
    // picked from the registry's list: only people of the user's own school are offered and accepted
    refused(() -> scenario.complete("school1", pi, "enrolParticipants", enrolment(STUDENT_C.picked())),
        PARTICIPANTS, "wiersz 1, Osoba z rejestru uczestników: wybierz osobę z listy");
    Map<String, Object> both = known.picked();
    both.put(ParticipantRows.PESEL, STUDENT_A.pesel());
    refused(() -> scenario.complete("school1", pi, "enrolParticipants", enrolment(both)), PARTICIPANTS,
        "wiersz 1: wybierz osobę z rejestru albo wpisz PESEL nowej osoby, nie jedno i drugie");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants",
        enrolment(Map.of(ParticipantRows.NOTICE_ACKNOWLEDGED, true))), PARTICIPANTS,
        "wiersz 1, PESEL: wybierz osobę z rejestru albo wpisz PESEL nowej osoby");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants",
        enrolment(STUDENT_A.row(), STUDENT_A.row())), PARTICIPANTS, "wiersz 2, PESEL: ta osoba jest już w wierszu wyżej");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants",
        enrolment(participant(STUDENT_A.pesel(), "J".repeat(101), "Kowalski", true))), PARTICIPANTS,
        "wiersz 1, Imię: tekst jest za długi: 101 znaków, dozwolone 100");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants", enrolment()),
        PARTICIPANTS, "dodaj co najmniej jeden wiersz");
    refused(() -> scenario.complete("school1", pi, "enrolParticipants",
        Map.of(PARTICIPANTS, List.of(Map.of("pesel", STUDENT_A.pesel(), "noticeAcknowledged", true, "role", "x")))),
        PARTICIPANTS, "wiersz 1: nieznane pole role");
    assertThat(courses.enrolments(pi.getBusinessKey())).isEmpty();
    assertThat(scenario.task(pi, "enrolParticipants")).isNotNull();

    scenario.complete("school1", pi, "enrolParticipants", enrolment(STUDENT_A.row(), STUDENT_B.row()));
    refused(() -> scenario.complete("school1", pi, "changeEnrolment", Map.of()), WITHDRAWALS, "nie podano żadnej zmiany");
    refused(() -> scenario.complete("school1", pi, "changeEnrolment", Map.of(WITHDRAWALS, withdrawals(STUDENT_D))),
        WITHDRAWALS, "wiersz 1, PESEL: tej osoby nie ma na liście uczestników");
    refused(() -> scenario.complete("school1", pi, "changeEnrolment", Map.of(ADDITIONAL_PARTICIPANTS, rows(STUDENT_D))),
        ADDITIONAL_PARTICIPANTS, "liczba uczestników (3) przekracza liczbę miejsc na kursie (2)");
    refused(() -> scenario.complete("school1", pi, "changeEnrolment", Map.of(ADDITIONAL_PARTICIPANTS, rows(STUDENT_A))),
        ADDITIONAL_PARTICIPANTS, "już zapisana na ten kurs");
    refused(() -> scenario.complete("school1", pi, "changeEnrolment", Map.of(WITHDRAWALS, withdrawals(STUDENT_A),
        ADDITIONAL_PARTICIPANTS, rows(STUDENT_A))), ADDITIONAL_PARTICIPANTS, "jednocześnie zrezygnować");
    assertThat(courses.active(pi.getBusinessKey())).hasSize(2);
    assertThat(runtime.getVariable(pi.getId(), ENROLLED_COUNT)).isEqualTo(2L);
    // a withdrawal frees a seat for a person picked from the registry: the registry's names are used
    scenario.complete("school1", pi, "changeEnrolment", Map.of(WITHDRAWALS, withdrawals(STUDENT_B),
        ADDITIONAL_PARTICIPANTS, List.of(known.picked())));
    assertThat(courses.active(pi.getBusinessKey())).extracting(CourseRegistry.Enrolment::name)
        .containsExactlyInAnyOrder("Jan Kowalski", "Karol Nowicki");
  }

  @Test
  void aCourseOfThirtyIsEnrolledInOneTaskAndABadThirdRowChangesNothing() {
    List<Person> thirty = java.util.stream.IntStream.range(0, 30)
        .mapToObj(i -> person(java.time.LocalDate.of(2008, 1, 3).plusDays(9L * i), 500 + i, "Uczeń" + (char) ('A' + i % 26),
            "Nazwisko" + (i + 1)))
        .toList();
    ProcessInstance pi = scenario.request("school1", request(CourseKind.STUDENT_COMPETENCE_COURSE, "1", 30));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract());
    String taskId = scenario.task(pi, "enrolParticipants").getId();

    List<Map<String, Object>> rows = new java.util.ArrayList<>(thirty.stream().map(Person::row).toList());
    String pesel = thirty.get(2).pesel();
    String wrongCheckDigit = pesel.substring(0, 10) + (char) ('0' + (pesel.charAt(10) - '0' + 1) % 10);
    rows.set(2, participant(wrongCheckDigit, "Jan", "Błędny", true));
    refused(() -> scenario.complete("school1", pi, "enrolParticipants", Map.of(PARTICIPANTS, rows)), PARTICIPANTS,
        "wiersz 3, PESEL: PESEL ma błędną cyfrę kontrolną");
    assertThat(scenario.task(pi, "enrolParticipants").getId()).isEqualTo(taskId);
    assertThat(runtime.getVariable(pi.getId(), PARTICIPANTS)).isNull();
    assertThat(courses.enrolments(pi.getBusinessKey())).isEmpty();

    scenario.complete("school1", pi, "enrolParticipants", enrolment(thirty));
    assertThat(courses.active(pi.getBusinessKey())).hasSize(30)
        .extracting(CourseRegistry.Enrolment::pesel).containsExactlyInAnyOrderElementsOf(
            thirty.stream().map(Person::pesel).toList());
    assertThat(runtime.getVariable(pi.getId(), ENROLLED_COUNT)).isEqualTo(30L);
    // the stored list is one Json array, readable by the later steps and the Cockpit
    assertThat(runtime.getVariableTyped(pi.getId(), PARTICIPANTS).getType().getName()).isEqualTo("json");
    assertThat(pl.vetworkflow.validation.JsonRows.of(runtime.getVariable(pi.getId(), PARTICIPANTS))).hasSize(30)
        .element(29).isEqualTo(thirty.get(29).row());
    assertThat(engineTasks(pi, "enrolParticipants")).isEqualTo(1L);
  }

  long engineTasks(ProcessInstance pi, String key) {
    return history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).count();
  }

  @Test
  void adultsOnlyOnTeacherCourses() {
    ProcessInstance pi = scenario.request("school1", request(CourseKind.TEACHER_COURSE, "1", 2));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract());
    refused(() -> scenario.complete("school1", pi, "enrolParticipants", enrolment(STUDENT_A.row())),
        PARTICIPANTS, "niepełnoletnia", "nauczyciel");
  }

  @Test
  void resultsAreCheckedAgainstTheEnrolmentAndTheCompletionRule() {
    ProcessInstance pi = scenario.request("school1", request(CourseKind.STUDENT_QUALIFICATION_COURSE, "1", 2));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract());
    scenario.complete("school1", pi, "enrolParticipants", enrolment(STUDENT_A.row(), STUDENT_B.row()));
    scenario.courseStarts(pi);
    scenario.courseEnds(pi);
    var issued = END.plusDays(1);
    Map<String, Object> okB = result(STUDENT_B, "90", "niezdany", null, null);
    refused(() -> scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "101", "zdany", "C/1", issued), okB)), COURSE_RESULTS,
        "wiersz 1, Frekwencja (%): wartość 101 jest większa niż dozwolone maksimum 100");
    refused(() -> scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "dużo", "zdany", "C/1", issued), okB)), COURSE_RESULTS, "wiersz 1, Frekwencja (%): oczekiwano liczby");
    refused(() -> scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", null, "C/1", issued), okB)), COURSE_RESULTS, "kurs kwalifikacyjny kończy się egzaminem");
    refused(() -> scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", "zdany", null, null), okB)), COURSE_RESULTS, "Jan Kowalski", "podaj numer i datę");
    refused(() -> scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", "zdany", "C/1", issued), result(STUDENT_B, "90", "niezdany", "C/2", issued))),
        COURSE_RESULTS, "Anna Nowak", "nie ukończył kursu (egzamin kwalifikacyjny niezdany");
    refused(() -> scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", "zdany", "C/1", END.plusDays(30)), okB)), COURSE_RESULTS, "data zaświadczenia");
    refused(() -> scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", "zdany", "C/1", issued))), COURSE_RESULTS, "brak wyników uczestnika Anna Nowak");
    refused(() -> scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", "zdany", "C/1", issued), okB, result(STUDENT_D, "95", "zdany", "C/3", issued))),
        COURSE_RESULTS, "wiersz 3, PESEL: tej osoby");
    refused(() -> scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", "oblany", "C/1", issued), okB)), COURSE_RESULTS, "wiersz 1, Egzamin: niedozwolona wartość 'oblany'");
    assertThat(courses.active(pi.getBusinessKey())).allSatisfy(e -> assertThat(e.attendancePercent()).isNull());

    scenario.complete("school1", pi, "recordCourseResults", results(result(STUDENT_A, "95", "zdany", "C/1", issued), okB));
    refused(() -> scenario.complete("coordinator", pi, "confirmCourseResults", Map.of(RESULTS_DECISION, RETURN)),
        RESULTS_REMARKS, "co trzeba poprawić");
  }

  @Test
  void competenceCoursesHaveNoExamAndKuratorApprovalIsChecked() {
    ProcessInstance pi = scenario.request("coordinator", request(CourseKind.PNZ_INSTRUCTOR_COURSE, null, 2));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract());
    Map<String, Object> future = kuratorApproved(TODAY.plusDays(1), 48);
    refused(() -> scenario.complete("coordinator", pi, "enterKuratorApproval", future), KURATOR_APPROVAL_DATE,
        "w przyszłości");
    refused(() -> scenario.complete("coordinator", pi, "enterKuratorApproval", Map.of(KURATOR_DECISION, KURATOR_REFUSED)),
        KURATOR_REMARKS, "powód odmowy");
    Map<String, Object> noDate = kuratorApproved(TODAY, 48);
    noDate.remove(KURATOR_APPROVAL_DATE);
    noDate.remove(PROGRAMME_HOURS);
    refused(() -> scenario.complete("coordinator", pi, "enterKuratorApproval", noDate), KURATOR_APPROVAL_DATE,
        "podaj datę");
    refused(() -> scenario.complete("coordinator", pi, "enterKuratorApproval", noDate), PROGRAMME_HOURS,
        "liczbę godzin");

    // the enrolment of a PNZ course refuses to open without the kurator's approval recorded
    Map<String, Object> current = new HashMap<>(Map.of(COURSE_KIND, CourseKind.PNZ_INSTRUCTOR_COURSE.name(),
        CASE_NUMBER, pi.getBusinessKey(), SEATS, 2L));
    Violations violations = new Violations();
    taskRules.check(new FormSubmission(CourseTaskRules.ENROLMENT_FORM, Map.of(PARTICIPANTS, List.of(INSTRUCTOR_A.row())),
        current, "coordinator", List.of("coordinators")), violations);
    assertThat(violations.list()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo(PARTICIPANTS);
      assertThat(v.message()).contains("brak zatwierdzenia programu przez kuratora oświaty");
    });

    // competence course: the exam column must stay empty
    ProcessInstance competence = scenario.request("school1", request(CourseKind.STUDENT_COMPETENCE_COURSE, "1", 1));
    scenario.complete("coordinator", competence, "reviewCourseRequest", approveWithContract());
    scenario.complete("school1", competence, "enrolParticipants", enrolment(STUDENT_A.row()));
    scenario.courseStarts(competence);
    scenario.courseEnds(competence);
    refused(() -> scenario.complete("school1", competence, "recordCourseResults",
        results(result(STUDENT_A, "95", "zdany", "K/1", END.plusDays(1)))), COURSE_RESULTS, "nie kończy się egzaminem");
  }
}
