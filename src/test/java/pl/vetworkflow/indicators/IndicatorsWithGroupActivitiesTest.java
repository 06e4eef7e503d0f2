package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.activity.GroupActivityForms.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import pl.vetworkflow.activity.ActivityKind;
import pl.vetworkflow.activity.GroupActivityForms.Person;
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.testsupport.CaseScenario;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.StudentInternshipDriver;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * The group activities' indicators after a scripted mix, as the demo users: a pupil completes an
 * internship, specialist classes and a science camp (and counts once), specialist classes of school 1,
 * a science camp of school 1, a study visit of school 2 and a regional job fair. The expected numbers
 * are what this test did, nothing else. Study visits have a target here; the others are unset.
 */
@H2IntegrationTest
// own database: the registry and the supports start from zero
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-indicators-groups;DB_CLOSE_DELAY=-1",
    "vet.programme.targets.study-visits=40"})
class IndicatorsWithGroupActivitiesTest {
  static final String GROUP_ACTIVITY = "group-activity";
  // new pupils: Maja without a school (the regional fair), Lena of school 2
  static final Person MAJA = person(LocalDate.of(2008, 3, 3), 4244, "Maja", "Wrona");
  static final Person LENA = person(LocalDate.of(2008, 7, 7), 5256, "Lena", "Sowa");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired Attachments attachments;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void groupActivitiesCountPerKindPerSchoolAndBySexEachPersonOnce() throws Exception {
    // a pupil of school 1 (a woman by her PESEL; the driver names her "Jan Kowalski") completes an internship
    StudentInternshipDriver internships = new StudentInternshipDriver(runtime, tasks, identity, management);
    internships.attachingScans(attachments, history, repository);
    CaseScenario.clock(StudentInternshipDriver.SUBMITTED);
    Person intern = new Person(TestPesels.random(LocalDate.of(2007, 1, 10), true), "Jan", "Kowalski");
    ProcessInstance internship = internships.submit(StudentInternshipDriver.application(intern.pesel(), 150L));
    internships.placeAndSign(internship, "STUDENT");
    internships.reachPlannedEnd(internship);
    internships.attendanceToStipend(internship, "ZAS/2026/1");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(internship.getId()).count()).isZero();

    CaseScenario activities = new CaseScenario(runtime, tasks, identity);
    CaseScenario.clock(TODAY);
    // specialist classes of school 1 (80% of the meetings): the intern and Kacper complete, Zofia does not
    run(activities, "school1", plan(ActivityKind.SPECIALIST_CLASSES, "1", 10),
        enrolment(intern.known(), PUPIL_A.row(), PUPIL_B.row()),
        attendanceOf(intern.attended(5), PUPIL_A.attended(4), PUPIL_B.attended(3)));
    // a science camp of school 1: the intern again, and Igor
    run(activities, "school1", plan(ActivityKind.SCIENCE_CAMP, "1", 30), enrolment(intern.known(), PUPIL_C.row()),
        attendanceOf(intern.attended(5), PUPIL_C.attended(5)));
    // a study visit of school 2 (every meeting): Lena
    run(activities, "school2", plan(ActivityKind.STUDY_VISIT, "2", 5), enrolment(LENA.row()),
        attendanceOf(LENA.attended(5)));
    // the regional job fair of the programme office: Kacper of school 1 and Maja of no school
    run(activities, "coordinator", plan(ActivityKind.JOB_FAIR, null, 6), enrolment(PUPIL_A.known(), MAJA.row()),
        attendanceOf(PUPIL_A.attended(5), MAJA.attended(5)));

    JsonNode body = new ObjectMapper().readTree(
        Http.basic(port, "coordinator", "coordinator").get("/api/indicators").body());
    JsonNode activityFigures = body.get("activities");
    assertThat(activityFigures).extracting(a -> a.get("key").asText()).containsExactly(
        "student-internships", "student-courses", "teacher-internships", "teacher-courses", "instructor-courses",
        "specialist-classes", "key-competence-classes", "science-camps", "study-visits", "job-fairs",
        "career-counselling");
    assertActivity(activityFigures, "student-internships", 1, 1, 0);
    assertActivity(activityFigures, "specialist-classes", 2, 1, 1);
    assertActivity(activityFigures, "key-competence-classes", 0, 0, 0);
    assertActivity(activityFigures, "science-camps", 2, 1, 1);
    assertActivity(activityFigures, "study-visits", 1, 1, 0);
    assertActivity(activityFigures, "job-fairs", 2, 1, 1);
    assertActivity(activityFigures, "career-counselling", 0, 0, 0);
    assertThat(byKey(activityFigures, "specialist-classes").get("name").asText()).isEqualTo("Zajęcia specjalistyczne");
    assertThat(byKey(activityFigures, "specialist-classes").get("inProgress").asLong()).isZero(); // Zofia: not completed
    // unset targets: no figure, no percent
    for (String key : new String[] {"specialist-classes", "key-competence-classes", "science-camps", "job-fairs",
        "career-counselling"}) {
      JsonNode unset = byKey(activityFigures, key);
      assertThat(unset.get("targetSet").asBoolean()).as(key).isFalse();
      assertThat(unset.get("target").isNull()).as(key).isTrue();
      assertThat(unset.get("percent").isNull()).as(key).isTrue();
    }
    JsonNode visits = byKey(activityFigures, "study-visits");
    assertThat(visits.get("targetSet").asBoolean()).isTrue();
    assertThat(visits.get("target").asInt()).isEqualTo(40);
    assertThat(visits.get("percent").decimalValue()).isEqualByComparingTo("2.5"); // 1 / 40
    assertThat(byKey(activityFigures, "student-internships").get("target").asInt()).isEqualTo(900);

    JsonNode school1 = byKey(body.get("schools"), "1", "id");
    assertThat(school1.get("completedInternships").asLong()).isEqualTo(1);
    assertThat(school1.get("completedGroupActivities")).isEqualTo(new ObjectMapper().valueToTree(Map.of(
        "specialist-classes", 2, "key-competence-classes", 0, "science-camps", 2, "study-visits", 0,
        "job-fairs", 1, "career-counselling", 0)));
    JsonNode school2 = byKey(body.get("schools"), "2", "id");
    assertThat(school2.get("completedGroupActivities")).isEqualTo(new ObjectMapper().valueToTree(Map.of(
        "specialist-classes", 0, "key-competence-classes", 0, "science-camps", 0, "study-visits", 1,
        "job-fairs", 0, "career-counselling", 0)));

    // each person once: the intern (internship, classes, camp), Kacper (classes, fair), Zofia (nothing
    // completed), Igor, Lena, Maja
    JsonNode people = body.get("people");
    JsonNode participants = byKey(people, "participants");
    assertThat(participants.get("completed").asLong()).isEqualTo(5);
    assertThat(participants.get("inProgress").asLong()).isEqualTo(1); // Zofia
    assertThat(participants.get("completedBySex").get("K").asLong()).isEqualTo(3); // the intern, Lena, Maja
    assertThat(participants.get("completedBySex").get("M").asLong()).isEqualTo(2); // Kacper, Igor
    assertThat(byKey(people, "students").get("completed").asLong()).isEqualTo(5);
    assertThat(byKey(people, "students-technikum").get("completed").asLong()).isEqualTo(4); // not Maja: no school
    assertThat(byKey(people, "students-technikum").get("inProgress").asLong()).isEqualTo(1);
    assertThat(byKey(people, "teachers").get("completed").asLong()).isZero();
    JsonNode demography = body.get("participants");
    assertThat(demography.get("total").asLong()).isEqualTo(6);
    assertThat(demography.get("bySex").get("K").asLong()).isEqualTo(4);
    assertThat(demography.get("bySex").get("M").asLong()).isEqualTo(2);
    // age at the first support (the activities start on 13 April 2026): Kacper, Zofia, Igor, Lena under 18;
    // the intern (born 2007) and Maja (born 3 March 2008) 18
    assertThat(demography.get("byAgeGroup").get("poniżej 18").asLong()).isEqualTo(4);
    assertThat(demography.get("byAgeGroup").get("18-29").asLong()).isEqualTo(2);
    // the export has a row per person and form of support: the intern 3, Kacper 2, Zofia, Igor, Lena, Maja 1
    List<List<String>> export = ExportFiles.csv(
        Http.basic(port, "coordinator", "coordinator").getBytes("/api/exports/participants.csv").body());
    int pesel = export.get(0).indexOf("PESEL");
    assertThat(export.subList(1, export.size()).stream().collect(Collectors.groupingBy(r -> r.get(pesel),
        Collectors.counting())).values()).containsExactlyInAnyOrder(3L, 2L, 1L, 1L, 1L, 1L);
  }

  /** A group activity approved by the coordinator, enrolled, attended and closed by its organiser. */
  private static void run(CaseScenario scenario, String organiser, Map<String, Object> plan,
      Map<String, Object> enrolment, Map<String, Object> attendance) {
    ProcessInstance pi = scenario.start(organiser, GROUP_ACTIVITY, plan);
    scenario.complete("coordinator", pi, "approvePlan", decision("APPROVE", null));
    scenario.complete(organiser, pi, "enrolParticipants", enrolment);
    scenario.complete(organiser, pi, "recordAttendance", attendance);
    scenario.complete(organiser, pi, "closeActivity", closure("Zrealizowano zgodnie z planem."));
  }

  private static void assertActivity(JsonNode activities, String key, long completed, long women, long men) {
    JsonNode indicator = byKey(activities, key);
    assertThat(indicator.get("completed").asLong()).as(key).isEqualTo(completed);
    assertThat(indicator.get("completedBySex").get("K").asLong()).as(key + " K").isEqualTo(women);
    assertThat(indicator.get("completedBySex").get("M").asLong()).as(key + " M").isEqualTo(men);
  }

  private static JsonNode byKey(JsonNode array, String key) {
    return byKey(array, key, "key");
  }

  private static JsonNode byKey(JsonNode array, String key, String field) {
    for (JsonNode node : array) {
      if (node.get(field).asText().equals(key)) {
        return node;
      }
    }
    throw new AssertionError("no " + field + " " + key + " in " + array);
  }
}
