package pl.vetworkflow.formoptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.Http;

/**
 * Start forms name no registry codes: the deployed form a user fetches (in Tasklist or over REST)
 * lists the schools and employers that user may choose, and the server refuses any other value.
 */
@H2IntegrationTest
class DeployedFormOptionsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String STUDENT_FORM = "/process-definition/key/student-internship/deployed-start-form";
  static final String COURSE_FORM = "/process-definition/key/course/deployed-start-form";
  static final String START = "/engine-rest/process-definition/key/student-internship/submit-form";

  @LocalServerPort int port;
  @Autowired OrganisationRepository organisations;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void aSchoolCoordinatorGetsTheirOwnSchoolPreselectedAndReadOnly() throws Exception {
    JsonNode school = component(restForm("school1", STUDENT_FORM), "schoolId");
    assertThat(values(school)).containsExactly("1");
    assertThat(labels(school)).containsExactly("Technikum nr 1 w Opolu (Zespół Szkół Elektrycznych i Mechanicznych w Opolu)");
    assertThat(school.path("defaultValue").asText()).isEqualTo("1");
    assertThat(school.path("readonly").asBoolean()).isTrue();

    assertThat(values(component(restForm("school2", STUDENT_FORM), "schoolId"))).containsExactly("2");
  }

  @Test
  void theProgrammeOfficePicksAnySchoolByName() throws Exception {
    JsonNode school = component(restForm("coordinator", COURSE_FORM), "schoolId");
    assertThat(values(school)).hasSize(organisations.schools().size());
    assertThat(school.path("readonly").asBoolean()).isFalse();
    assertThat(school.path("searchable").asBoolean()).isTrue();
    assertThat(labels(school)).allSatisfy(label -> assertThat(label).doesNotMatch("\\d+"));
  }

  @Test
  void employersAreListedByNameWithTownAndNip() throws Exception {
    JsonNode employer = component(restForm("school1", STUDENT_FORM), "employerId");
    assertThat(values(employer)).hasSize(organisations.employers().size());
    assertThat(labels(employer)).contains("Opolskie Zakłady Mechaniczne Sp. z o.o., Opole, NIP 7543010006");
    assertThat(employer.path("searchable").asBoolean()).isTrue();
    assertThat(employer.path("readonly").asBoolean()).isFalse();
  }

  @Test
  void tasklistGetsTheSameChoicesThroughItsSession() throws Exception {
    Http tasklist = Http.webappSession(port, "tasklist", "school2", "school2");
    JsonNode form = JSON.readTree(ok(tasklist.get("/camunda/api/engine/engine/default" + STUDENT_FORM)));
    assertThat(values(component(form, "schoolId"))).containsExactly("2");
    assertThat(values(component(form, "employerId"))).hasSize(organisations.employers().size());
  }

  @Test
  void anAnonymousOrWrongRequestIsNotAnswered() {
    assertThat(Http.anonymous(port).get("/engine-rest" + STUDENT_FORM).statusCode()).isEqualTo(401);
    assertThat(Http.basic(port, "nobody", "wrong").get("/engine-rest" + STUDENT_FORM).statusCode()).isEqualTo(401);
    assertThat(Http.anonymous(port).get("/camunda/api/engine/engine/default" + STUDENT_FORM).statusCode())
        .isIn(401, 403);
  }

  @Test
  void theServerRefusesAnotherSchoolAndAnUnknownEmployer() throws Exception {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("student-internship").count();
    Http school1 = Http.basic(port, "school1", "school1");

    HttpResponse<String> otherSchool = school1.postJson(START, body(application("2", null)));
    assertThat(otherSchool.statusCode()).as(otherSchool.body()).isEqualTo(400);
    assertThat(otherSchool.body()).contains("\"field\":\"schoolId\"").contains("tylko dla własnej szkoły");

    HttpResponse<String> unknownEmployer = school1.postJson(START, body(application("1", "999")));
    assertThat(unknownEmployer.statusCode()).as(unknownEmployer.body()).isEqualTo(400);
    assertThat(unknownEmployer.body()).contains("\"field\":\"employerId\"").contains("nieznany pracodawca");

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("student-internship").count())
        .isEqualTo(before);

    HttpResponse<String> valid = school1.postJson(START, body(application("1", "2")));
    assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
  }

  @Test
  void anEmployerLeftEmptyIsChosenByTheProgrammeOffice() throws Exception {
    Map<String, Object> application = application("1", "");
    application.put("studentPesel", Pesel.of(LocalDate.of(2005, 6, 21), 4433).value());
    HttpResponse<String> started = Http.basic(port, "school1", "school1").postJson(START, body(application));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = JSON.readTree(started.body()).path("id").asText();
    assertThat(runtime.getVariable(instanceId, "employerId")).isNull();
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("selectEmployer").count())
        .isEqualTo(1);
  }

  private JsonNode restForm(String user, String path) throws Exception {
    return JSON.readTree(ok(Http.basic(port, user, user).get("/engine-rest" + path)));
  }

  private static String ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  static JsonNode component(JsonNode form, String key) {
    List<JsonNode> found = new ArrayList<>();
    collect(form.path("components"), key, found);
    assertThat(found).as("component " + key).hasSize(1);
    return found.get(0);
  }

  private static void collect(JsonNode components, String key, List<JsonNode> found) {
    for (JsonNode c : components) {
      if (key.equals(c.path("key").asText())) {
        found.add(c);
      }
      collect(c.path("components"), key, found);
    }
  }

  static List<String> values(JsonNode component) {
    List<String> values = new ArrayList<>();
    component.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  static List<String> labels(JsonNode component) {
    List<String> labels = new ArrayList<>();
    component.path("values").forEach(v -> labels.add(v.path("label").asText()));
    return labels;
  }

  static Map<String, Object> application(String schoolId, String employerId) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("studentFirstName", "Julia");
    v.put("studentLastName", "Wybierana");
    v.put("studentPesel", Pesel.of(LocalDate.of(2005, 4, 14), 4321).value());
    v.put("schoolId", schoolId);
    v.put("studentClass", "4TM");
    v.put("profession", "technik mechanik");
    v.put("juvenileWorker", false);
    if (employerId != null) {
      v.put("employerId", employerId);
    }
    v.put("plannedStartDate", "2027-02-01");
    v.put("plannedEndDate", "2027-03-26");
    v.put("plannedHours", 150L);
    v.put("privacyNoticeAcknowledged", true);
    return v;
  }

  static String body(Map<String, Object> variables) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode vars = root.putObject("variables");
    variables.forEach((k, v) -> vars.putObject(k).putPOJO("value", v)
        .put("type", v instanceof Long ? "Long" : v instanceof Boolean ? "Boolean" : "String"));
    return JSON.writeValueAsString(root);
  }
}
