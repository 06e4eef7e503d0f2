package pl.vetworkflow.course;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.course.CourseForms.*;
import static pl.vetworkflow.course.CourseVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;

/**
 * A PNZ instructor course from the request to the certificates on a real PostgreSQL 17, driven only
 * through the REST API as the demo users, with the server-side validation of the forms over REST: a
 * refused submission answers 400 naming the field, and the task stays open with nothing changed.
 */
@PostgresIntegrationTest
class CourseRestOnPostgresTest {
  static final ObjectMapper JSON = new ObjectMapper();
  /** PESELs used only by this class (the PostgreSQL context is shared with other test classes). */
  static final Person PNZ_ONE = person(LocalDate.of(1979, 4, 11), 9101, "Grzegorz", "Sikora");
  static final Person PNZ_TWO = person(LocalDate.of(1985, 8, 23), 9202, "Beata", "Kaczmarek");
  static final Person PNZ_THREE = person(LocalDate.of(1983, 1, 5), 9303, "Tadeusz", "Pawlak");
  static final Person REGISTERED_STUDENT = person(LocalDate.of(2008, 10, 10), 9404, "Kacper", "Wrona");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ParticipantRegistry participants;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  Http coordinator;
  Http admin;

  @BeforeEach
  void setUp() {
    CourseScenario.clock(TODAY);
    coordinator = Http.basic(port, "coordinator", "coordinator");
    admin = Http.basic(port, "admin", "admin");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void pnzCourseFromRequestToCertificatesThroughRest() throws Exception {
    // a student known to the registry from an internship: must not get onto an instructors' course
    participants.register(REGISTERED_STUDENT.pesel(), REGISTERED_STUDENT.firstName(), REGISTERED_STUDENT.lastName(),
        ParticipantType.STUDENT, "1", TODAY.minusMonths(1));

    // a school coordinator may not request a PNZ course
    HttpResponse<String> refused = Http.basic(port, "school1", "school1").postJson(
        "/engine-rest/process-definition/key/course/start", body(request(CourseKind.PNZ_INSTRUCTOR_COURSE, null, 2)));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("courseKind").contains("koordynator projektu");

    // 1. the coordinator requests
    HttpResponse<String> started = coordinator.postJson("/engine-rest/process-definition/key/course/start",
        body(request(CourseKind.PNZ_INSTRUCTOR_COURSE, null, 2)));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode instance = JSON.readTree(started.body());
    String businessKey = instance.get("businessKey").asText();
    String instanceId = instance.get("id").asText();
    assertThat(businessKey).matches("KU/2026/\\d{4}");

    // schools do not see programme (PNZ) course cases
    assertThat(JSON.readTree(Http.basic(port, "school1", "school1").get("/engine-rest/process-instance?businessKey="
        + enc(businessKey) + "&maxResults=10").body())).isEmpty();

    // 2. the coordinator approves with an existing contract
    complete(coordinator, businessKey, "reviewCourseRequest", approveWithContract());

    // 3. kurator oświaty: missing approval number is refused, the task stays open
    Map<String, Object> noNumber = kuratorApproved(TODAY, 48);
    noNumber.remove(KURATOR_APPROVAL_NUMBER);
    HttpResponse<String> missing = tryComplete(coordinator, businessKey, "enterKuratorApproval", noNumber);
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(missing.body()).contains("kuratorApprovalNumber").contains("kuratora");
    Map<String, Object> tooShort = kuratorApproved(TODAY, 40);
    HttpResponse<String> shortProgramme = tryComplete(coordinator, businessKey, "enterKuratorApproval", tooShort);
    assertThat(shortProgramme.statusCode()).isEqualTo(400);
    assertThat(shortProgramme.body()).contains("programmeHours").contains("48");
    assertThat(variables(businessKey)).doesNotContainKey(KURATOR_DECISION);
    complete(coordinator, businessKey, "enterKuratorApproval", kuratorApproved(TODAY, 48));

    // 4. enrolment: wrong participant type, seats exceeded, invalid PESEL are refused; nothing is enrolled
    HttpResponse<String> wrongType = tryComplete(coordinator, businessKey, "enrolParticipants",
        enrolment(PNZ_ONE.row(), REGISTERED_STUDENT.known()));
    assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(400);
    assertThat(wrongType.body()).contains("participants").contains("wiersz 2, PESEL: osoba jest w rejestrze uczestników jako: uczeń");
    HttpResponse<String> overbooked = tryComplete(coordinator, businessKey, "enrolParticipants",
        enrolment(PNZ_ONE.row(), PNZ_TWO.row(), PNZ_THREE.row()));
    assertThat(overbooked.statusCode()).isEqualTo(400);
    assertThat(overbooked.body()).contains("participants")
        .contains("liczba uczestników (3) przekracza liczbę miejsc na kursie (2)");
    HttpResponse<String> badPesel = tryComplete(coordinator, businessKey, "enrolParticipants",
        enrolment(PNZ_ONE.row(), participant("79041191010", "Jan", "Błędny", true)));
    assertThat(badPesel.statusCode()).isEqualTo(400);
    assertThat(badPesel.body()).contains("wiersz 2, PESEL: PESEL ma błędną cyfrę kontrolną");
    assertThat(jdbc.queryForObject("select count(*) from vet_course_enrolment where case_business_key = ?",
        Long.class, businessKey)).isZero();
    complete(coordinator, businessKey, "enrolParticipants", enrolment(PNZ_ONE.row(), PNZ_TWO.row()));

    // 5. the course starts and ends (the timers' jobs, run by the administrator as the job executor would)
    CourseScenario.clock(START);
    executeJob(instanceId, "courseStarts");
    // the instructors are new to the registry: their monitoring data go to the programme office (no school)
    assertThat(monitoringTasks(PNZ_ONE)).containsExactly("enterEntryData:coordinators");
    assertThat(monitoringTasks(PNZ_TWO)).containsExactly("enterEntryData:coordinators");
    CourseScenario.clock(END.plusDays(2));
    executeJob(instanceId, "courseEnded");

    // 6. results: attendance outside 0-100 is refused
    HttpResponse<String> badAttendance = tryComplete(coordinator, businessKey, "recordCourseResults", results(
        result(PNZ_ONE, "120", null, "PNZ/2026/101", END.plusDays(1)),
        result(PNZ_TWO, "-5", null, null, null)));
    assertThat(badAttendance.statusCode()).as(badAttendance.body()).isEqualTo(400);
    assertThat(badAttendance.body()).contains("courseResults")
        .contains("wiersz 1, Frekwencja (%): wartość 120 jest większa niż dozwolone maksimum 100")
        .contains("wiersz 2, Frekwencja (%): wartość -5 jest mniejsza niż dozwolone minimum 0");
    complete(coordinator, businessKey, "recordCourseResults", results(
        result(PNZ_ONE, "100", null, "PNZ/2026/101", END.plusDays(1)),
        result(PNZ_TWO, "91,5", null, "PNZ/2026/102", END.plusDays(1))));

    // 7. the coordinator confirms: certificates recorded, completions counted
    complete(coordinator, businessKey, "confirmCourseResults", confirm(CONFIRM, null));
    HttpResponse<String> historicResponse = coordinator.get("/engine-rest/history/process-instance/" + instanceId);
    assertThat(historicResponse.statusCode()).as(historicResponse.body()).isEqualTo(200);
    JsonNode historic = JSON.readTree(historicResponse.body());
    assertThat(historic.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(JSON.readTree(coordinator.get("/engine-rest/history/activity-instance?processInstanceId=" + instanceId
        + "&activityId=courseCompleted&maxResults=10").body())).hasSize(1);
    assertThat(jdbc.queryForList("select pesel, status, certificate_number, certificate_date from vet_course_enrolment"
        + " where case_business_key = ? order by id", businessKey))
        .extracting(r -> r.get("pesel") + ":" + r.get("status") + ":" + r.get("certificate_number") + ":"
            + r.get("certificate_date"))
        .containsExactly(PNZ_ONE.pesel() + ":COMPLETED:PNZ/2026/101:" + END.plusDays(1),
            PNZ_TWO.pesel() + ":COMPLETED:PNZ/2026/102:" + END.plusDays(1));
    assertThat(jdbc.queryForList("select p.participant_type, s.status from vet_support s join vet_participant p on"
        + " p.id = s.participant_id where s.case_business_key = ? and s.kind = 'PNZ_INSTRUCTOR_COURSE'", businessKey))
        .extracting(r -> r.get("participant_type") + ":" + r.get("status"))
        .containsExactly("INSTRUCTOR:COMPLETED", "INSTRUCTOR:COMPLETED");
    assertThat(jdbc.queryForObject("select status from vet_course where case_business_key = ?", String.class,
        businessKey)).isEqualTo("COMPLETED");
    // the course was their only form of support: the situation on leaving is asked too
    assertThat(monitoringTasks(PNZ_ONE)).containsExactlyInAnyOrder("enterEntryData:coordinators",
        "enterExitData:coordinators");
    assertThat(monitoringTasks(PNZ_TWO)).containsExactlyInAnyOrder("enterEntryData:coordinators",
        "enterExitData:coordinators");
  }

  /** The person's open monitoring-data tasks (process participant-data), as "task:candidate group". */
  List<String> monitoringTasks(Person person) {
    long id = participants.findByPesel(person.pesel()).orElseThrow().id();
    return runtime.createProcessInstanceQuery().processDefinitionKey("participant-data")
        .variableValueEquals("participantId", id).list().stream()
        .flatMap(pi -> tasks.createTaskQuery().processInstanceId(pi.getId()).list().stream())
        .map(t -> t.getTaskDefinitionKey() + ":" + String.join(",", tasks.getIdentityLinksForTask(t.getId()).stream()
            .map(IdentityLink::getGroupId).filter(g -> g != null).toList()))
        .toList();
  }

  // ---------------------------------------------------------------- REST helpers

  static String body(Map<String, Object> variables) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode vars = root.putObject("variables");
    variables.forEach((name, value) -> {
      ObjectNode v = vars.putObject(name);
      if (value instanceof List<?>) { // rows go as Tasklist sends them: type Json, the array as text
        try {
          v.put("value", JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(e);
        }
        v.put("type", "Json");
        return;
      }
      v.putPOJO("value", value);
      v.put("type", value instanceof Long ? "Long" : value instanceof Double ? "Double"
          : value instanceof Boolean ? "Boolean" : "String");
    });
    return JSON.writeValueAsString(root);
  }

  String taskId(Http http, String businessKey, String key) throws Exception {
    JsonNode list = JSON.readTree(http.get("/engine-rest/task?processInstanceBusinessKey=" + enc(businessKey)
        + "&taskDefinitionKey=" + key + "&maxResults=10").body());
    assertThat(list).as("open task " + key).hasSize(1);
    return list.get(0).get("id").asText();
  }

  HttpResponse<String> tryComplete(Http http, String businessKey, String key, Map<String, Object> variables)
      throws Exception {
    return http.postJson("/engine-rest/task/" + taskId(http, businessKey, key) + "/complete", body(variables));
  }

  void complete(Http http, String businessKey, String key, Map<String, Object> variables) throws Exception {
    HttpResponse<String> response = tryComplete(http, businessKey, key, variables);
    assertThat(response.statusCode()).as(key + ": " + response.body()).isEqualTo(204);
  }

  Map<String, Object> variables(String businessKey) throws Exception {
    JsonNode instances = JSON.readTree(coordinator.get("/engine-rest/process-instance?businessKey=" + enc(businessKey)
        + "&maxResults=10").body());
    JsonNode vars = JSON.readTree(coordinator.get("/engine-rest/process-instance/" + instances.get(0).get("id").asText()
        + "/variables").body());
    Map<String, Object> result = new LinkedHashMap<>();
    vars.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().get("value")));
    return result;
  }

  void executeJob(String instanceId, String activityId) throws Exception {
    JsonNode jobs = JSON.readTree(admin.get("/engine-rest/job?processInstanceId=" + instanceId + "&activityId="
        + activityId + "&maxResults=10").body());
    assertThat(jobs).as("job of " + activityId).hasSize(1);
    HttpResponse<String> executed = admin.postJson("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", "");
    assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

}
