package pl.vetworkflow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.vetworkflow.casework.TaskCardVariables.CASE_NUMBER;
import static pl.vetworkflow.casework.TaskCardVariables.SUBJECT;
import static pl.vetworkflow.casework.TaskCardVariables.WAITING_FOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.internship.StudentInternshipVariables;
import pl.vetworkflow.internship.TeacherInternshipVariables;
import pl.vetworkflow.procurement.ProcurementForms;
import pl.vetworkflow.testsupport.CaseScenario;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.StudentInternshipDriver;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * Tasklist cards and search, through the webapp API exactly as Tasklist calls it (HAL list of a
 * filter): every process's tasks carry the case number, whom the case concerns and whom the task
 * waits on, with real names; a pupil's surname typed into the search box finds their tasks only.
 * Run on H2 and on PostgreSQL (the search compares upper-cased Polish names in the database).
 */
abstract class TaskCardChecks {
  static final String SCHOOL_1 = "Technikum nr 1 w Opolu";
  static final String EMPLOYER_1 = "Opolskie Zakłady Mechaniczne Sp. z o.o.";
  static final String EMPLOYER_2 = "Elektro-Serwis Nysa S.A.";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskCardBackfill backfill;

  CaseScenario cases;


  @BeforeEach
  void setUp() {
    cases = new CaseScenario(runtime, tasks, identity);
    CaseScenario.clock(StudentInternshipDriver.SUBMITTED);
    jdbc.update("delete from vet_support");
    // each test counts the cards it made: no case of another test (or of the demo) may remain
    List<String> running = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream().map(ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      runtime.deleteProcessInstances(running, "test", true, true);
    }
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void everyProcessShowsCaseNumberSubjectAndOrganisationOnItsCards() throws Exception {
    ProcessInstance kowalski = pupil("Jan", "Kowalski");
    ProcessInstance wisniewska = pupil("Zofia", "Wiśniewska");
    ProcessInstance mazur = teacher();
    ProcessInstance procurement = cases.start("school1", "equipment-procurement",
        ProcurementForms.request("1", "MACHINE_TOOLS", 2, 9000.0, StudentInternshipDriver.SUBMITTED));
    ProcessInstance course = cases.start("school1", "course", courseRequest());
    // a course of the programme office itself concerns no school: its card names the course
    Map<String, Object> instructors = courseRequest();
    instructors.put("courseKind", "PNZ_INSTRUCTOR_COURSE");
    instructors.remove("schoolId");
    instructors.remove("profession");
    instructors.put("plannedHours", 48L);
    instructors.put("courseTopic", "Kurs pedagogiczny dla instruktorów praktycznej nauki zawodu");
    ProcessInstance pnz = cases.start("coordinator", "course", instructors);

    // the programme office sees every case: the pupils' (eligible as submitted) wait on the
    // preferred employer, the others on the office's review
    Map<String, JsonNode> office = cards("coordinator", TaskFilters.ALL_TASKS);
    assertThat(office).hasSize(6);
    assertCard(office, pnz, "Kurs pedagogiczny dla instruktorów praktycznej nauki zawodu", "Biuro projektu");
    assertCard(office, kowalski, "Jan Kowalski, " + SCHOOL_1, EMPLOYER_1);
    assertCard(office, wisniewska, "Zofia Wiśniewska, " + SCHOOL_1, EMPLOYER_1);
    assertCard(office, mazur, "Ewa Mazur, " + SCHOOL_1, "Biuro projektu");
    assertCard(office, procurement, "Wyposażenie pracowni MACHINE_TOOLS, " + SCHOOL_1, "Biuro projektu");
    assertCard(office, course, "Kwalifikacja MEC.08 – obróbka skrawaniem CNC, " + SCHOOL_1, "Biuro projektu");

    // the teacher's internship goes to employer 1 (the preferred one); procurement and course back to the school
    cases.complete("coordinator", mazur, "reviewApplication", Map.of("reviewDecision", "APPROVE"));
    cases.complete("coordinator", procurement, "reviewRequest",
        Map.of("reviewDecision", "RETURN", "reviewReason", "Uzupełnij uzasadnienie."));
    cases.complete("coordinator", course, "reviewCourseRequest",
        Map.of("reviewDecision", "RETURN", "reviewReason", "Podaj zawód zgodny z klasyfikacją."));

    for (String filter : List.of(TaskFilters.MY_TASKS, TaskFilters.MY_GROUP_TASKS, TaskFilters.OVERDUE, TaskFilters.ALL_TASKS,
        TaskFilters.PARTICIPANT_DATA)) {
      assertThat(filterVariables(filter)).as(filter).containsExactly(CASE_NUMBER, SUBJECT, WAITING_FOR);
    }
    Map<String, JsonNode> employer = cards("employer1", TaskFilters.MY_GROUP_TASKS);
    assertThat(employer).hasSize(3);
    assertCard(employer, kowalski, "Jan Kowalski, " + SCHOOL_1, EMPLOYER_1);
    assertCard(employer, wisniewska, "Zofia Wiśniewska, " + SCHOOL_1, EMPLOYER_1);
    assertCard(employer, mazur, "Ewa Mazur, " + SCHOOL_1, EMPLOYER_1);

    Map<String, JsonNode> school = cards("school1", TaskFilters.MY_GROUP_TASKS);
    assertThat(school).hasSize(2);
    assertCard(school, procurement, "Wyposażenie pracowni MACHINE_TOOLS, " + SCHOOL_1, SCHOOL_1);
    assertCard(school, course, "Kwalifikacja MEC.08 – obróbka skrawaniem CNC, " + SCHOOL_1, SCHOOL_1);

    // claimed tasks keep their card in "Moje zadania"
    Task confirm = cases.task(kowalski, "confirmPlacement");
    cases.as("employer1", () -> {
      tasks.claim(confirm.getId(), "employer1");
      return null;
    });
    assertCard(cards("employer1", TaskFilters.MY_TASKS), kowalski, "Jan Kowalski, " + SCHOOL_1, EMPLOYER_1);

    // the teacher's task waits on the school's teachers
    cases.complete("employer1", kowalski, "confirmPlacement", Map.of("placementDecision", "CONFIRM",
        "tutorName", "Adam Nowak", "tutorEmail", "a.nowak@firma.example.pl", "workplace", "Hala B"));
    assertCard(cards("teacher1", TaskFilters.MY_GROUP_TASKS), kowalski, "Jan Kowalski, " + SCHOOL_1,
        "Nauczyciele: " + SCHOOL_1);
  }

  @Test
  void aCardNamesOnlyTheOrganisationTheTaskWaitsOn() throws Exception {
    ProcessInstance pi = pupil("Jan", "Kowalski");
    cases.complete("employer1", pi, "confirmPlacement",
        Map.of("placementDecision", "DECLINE", "placementDeclineReason", "Brak miejsc."));
    cases.complete("coordinator", pi, "selectEmployer", Map.of("employerSelection", "EMPLOYER", "employerId", "2"));

    Map<String, JsonNode> employer2 = cards("employer2", TaskFilters.MY_GROUP_TASKS);
    assertCard(employer2, pi, "Jan Kowalski, " + SCHOOL_1, EMPLOYER_2);
    assertThat(employer2.get(pi.getBusinessKey()).toString()).doesNotContain(EMPLOYER_1);
    assertThat(cards("employer1", TaskFilters.MY_GROUP_TASKS)).doesNotContainKey(pi.getBusinessKey());
  }

  @Test
  void aPupilsSurnameTypedIntoTheSearchFindsOnlyTheirTasks() throws Exception {
    ProcessInstance kowalski = pupil("Jan", "Kowalski");
    ProcessInstance wisniewska = pupil("Zofia", "Wiśniewska");
    // what Tasklist posts after the user typed "Wiśniewska" and pressed Enter (default type: name, like)
    Map<String, JsonNode> found = cards("employer1", TaskFilters.MY_GROUP_TASKS, search("Wiśniewska"));
    assertThat(found).containsOnlyKeys(wisniewska.getBusinessKey());
    assertThat(found.get(wisniewska.getBusinessKey()).get("name").asText()).isEqualTo("Potwierdź przyjęcie na staż");
    // case does not matter; part of the name is enough; the case number and task names still match
    assertThat(cards("employer1", TaskFilters.MY_GROUP_TASKS, search("kowals"))).containsOnlyKeys(kowalski.getBusinessKey());
    assertThat(cards("employer1", TaskFilters.MY_GROUP_TASKS, search("wiśniewska"))).containsOnlyKeys(wisniewska.getBusinessKey());
    assertThat(cards("employer1", TaskFilters.MY_GROUP_TASKS, search(kowalski.getBusinessKey())))
        .containsOnlyKeys(kowalski.getBusinessKey());
    assertThat(cards("employer1", TaskFilters.MY_GROUP_TASKS, search("przyjęcie"))).hasSize(2);
    assertThat(cards("employer1", TaskFilters.MY_GROUP_TASKS, search("Nowicka"))).isEmpty();
    // another organisation's tasks stay invisible, whatever is searched
    assertThat(cards("employer2", TaskFilters.MY_GROUP_TASKS, search("Wiśniewska"))).isEmpty();
  }

  @Test
  void tasksOpenedBeforeCardsExistedGetThemAtStart() {
    ProcessInstance pi = pupil("Jan", "Kowalski");
    Task confirm = cases.task(pi, "confirmPlacement");
    tasks.removeVariablesLocal(confirm.getId(), List.of(CASE_NUMBER, SUBJECT, WAITING_FOR));
    tasks.setVariableLocal(confirm.getId(), "tutorName", "Adam Nowak"); // a draft the task already holds

    assertThat(backfill.apply()).isEqualTo(1);
    assertThat(tasks.getVariablesLocal(confirm.getId())).containsEntry(CASE_NUMBER, pi.getBusinessKey())
        .containsEntry(SUBJECT, "Jan Kowalski, " + SCHOOL_1).containsEntry(WAITING_FOR, EMPLOYER_1)
        .containsEntry("tutorName", "Adam Nowak");
    assertThat(backfill.apply()).isZero();
  }

  @Test
  void cardVariablesCannotBeSubmittedWithAForm() {
    ProcessInstance pi = pupil("Jan", "Kowalski");
    Task review = cases.task(pi, "confirmPlacement");
    assertThat(tasks.getVariablesLocal(review.getId())).containsKeys(CASE_NUMBER, SUBJECT, WAITING_FOR);
    assertThatThrownBy(() -> cases.complete("employer1", pi, "confirmPlacement",
        Map.of("placementDecision", "DECLINE", "placementDeclineReason", "Brak miejsc.", SUBJECT, "Ktoś inny")))
        .hasMessageContaining(SUBJECT);
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    assertThat(tasks.getVariableLocal(review.getId(), SUBJECT)).isEqualTo("Jan Kowalski, " + SCHOOL_1);
  }

  ProcessInstance pupil(String first, String last) {
    Map<String, Object> application = StudentInternshipDriver.application(
        TestPesels.random(LocalDate.of(2007, 3, 1), last.endsWith("a")), 150L);
    application.put(StudentInternshipVariables.STUDENT_FIRST_NAME, first);
    application.put(StudentInternshipVariables.STUDENT_LAST_NAME, last);
    return cases.start("school1", StudentInternshipVariables.PROCESS_KEY, application);
  }

  private ProcessInstance teacher() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(TeacherInternshipVariables.TEACHER_FIRST_NAME, "Ewa");
    v.put(TeacherInternshipVariables.TEACHER_LAST_NAME, "Mazur");
    v.put(TeacherInternshipVariables.TEACHER_PESEL, TestPesels.random(LocalDate.of(1985, 3, 10), true));
    v.put(TeacherInternshipVariables.SCHOOL_ID, "1");
    v.put(TeacherInternshipVariables.TEACHING_SUBJECTS, "obróbka skrawaniem");
    v.put(TeacherInternshipVariables.PROFESSION, "technik mechanik");
    v.put(TeacherInternshipVariables.TEACHER_EMAIL, "ewa.mazur@szkola.example.pl");
    v.put(TeacherInternshipVariables.TEACHER_PHONE, "600 300 400");
    v.put(TeacherInternshipVariables.VOCATIONAL_TEACHER, true);
    v.put(TeacherInternshipVariables.EMPLOYER_ID, "1");
    v.put(TeacherInternshipVariables.PLANNED_START_DATE, StudentInternshipDriver.START.toString());
    v.put(TeacherInternshipVariables.PLANNED_END_DATE, StudentInternshipDriver.END.toString());
    v.put(TeacherInternshipVariables.PRIVACY_NOTICE_ACKNOWLEDGED, true);
    return cases.start("school1", TeacherInternshipVariables.PROCESS_KEY, v);
  }

  private static Map<String, Object> courseRequest() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("courseKind", "STUDENT_QUALIFICATION_COURSE");
    v.put("schoolId", "1");
    v.put("courseTopic", "Kwalifikacja MEC.08 – obróbka skrawaniem CNC");
    v.put("profession", "technik mechanik");
    v.put("plannedHours", 60L);
    v.put("plannedStartDate", "2026-04-13");
    v.put("plannedEndDate", "2026-04-24");
    v.put("seats", 3L);
    v.put("justification", "Potrzeba zgłoszona przez pracodawców regionu.");
    v.put("estimatedCost", 12000.0);
    return v;
  }

  /** Tasklist's query for one free-text search pill (see cam-tasklist-search-plugin.js). */
  private static String search(String typed) {
    return "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"nameLike\":\"%"
        + typed + "%\",\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
  }

  private Map<String, JsonNode> cards(String user, String filter) throws Exception {
    return cards(user, filter, "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}");
  }

  /** The filter's first page as Tasklist loads it, by case number: each task with its card variables. */
  private Map<String, JsonNode> cards(String user, String filter, String query) throws Exception {
    Http tasklist = Http.webappSession(port, "tasklist", user, user);
    tasklist.get("/camunda/api/admin/auth/user/default"); // as Tasklist after login: the session's XSRF token
    HttpResponse<String> response = tasklist.postJsonForHal("/camunda/api/engine/engine/default/filter/"
        + filterId(filter) + "/list?firstResult=0&maxResults=15", query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    Map<String, JsonNode> byCase = new HashMap<>();
    for (JsonNode task : body.path("_embedded").path("task")) {
      Map<String, String> variables = new HashMap<>();
      for (JsonNode variable : task.path("_embedded").path("variable")) {
        variables.put(variable.get("name").asText(), variable.get("value").asText());
      }
      String caseNumber = variables.get(CASE_NUMBER);
      assertThat(caseNumber).as("card of %s", task.get("name")).isNotNull();
      assertThat(byCase.put(caseNumber, JSON.valueToTree(Map.of("name", task.get("name").asText(),
          "variables", variables)))).as("one card per case").isNull();
    }
    assertThat(body.get("count").asInt()).isEqualTo(byCase.size());
    return byCase;
  }

  private static void assertCard(Map<String, JsonNode> cards, ProcessInstance pi, String subject, String waitingFor) {
    JsonNode card = cards.get(pi.getBusinessKey());
    assertThat(card).as("card of %s in %s", pi.getBusinessKey(), cards.keySet()).isNotNull();
    assertThat(card.path("variables").path(SUBJECT).asText()).isEqualTo(subject);
    assertThat(card.path("variables").path(WAITING_FOR).asText()).isEqualTo(waitingFor);
  }

  private String filterId(String name) {
    return filters.createTaskFilterQuery().filterName(name).singleResult().getId();
  }

  @SuppressWarnings("unchecked")
  private List<String> filterVariables(String name) {
    List<Map<String, Object>> variables = (List<Map<String, Object>>) filters.createTaskFilterQuery()
        .filterName(name).singleResult().getProperties().get("variables");
    return variables.stream().map(v -> (String) v.get("name")).toList();
  }
}
