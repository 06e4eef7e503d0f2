package pl.vetworkflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import pl.vetworkflow.testsupport.Http;

/** The demo run of `mvn spring-boot:run` has cases to show, each waiting for the right people. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-cases;DB_CLOSE_DELAY=-1", "vet.demo.cases=true"})
@ActiveProfiles("test")
@DirtiesContext
class DemoCasesTest {
  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired DemoCases demoCases;

  @Test
  void firstStartRunsDemoCasesOnceThroughTheirFirstSteps() throws Exception {
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("student-internship").count()).isEqualTo(3);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("equipment-procurement").count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("course").count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("student-internship").list())
        .allSatisfy(pi -> assertThat(pi.getBusinessKey()).matches("SU/\\d{4}/\\d{4}"));

    // Jan's case (school 1, employer 1) waits for the signatures, with its agreement issued
    var signing = tasks.createTaskQuery().taskDefinitionKey("recordParticipantSignature").singleResult();
    String jan = runtime.createProcessInstanceQuery().processInstanceId(signing.getProcessInstanceId()).singleResult()
        .getBusinessKey();
    var documents = new ObjectMapper().readTree(Http.basic(port, "school1", "school1")
        .get("/api/documents?case=" + java.net.URLEncoder.encode(jan, java.nio.charset.StandardCharsets.UTF_8)).body());
    assertThat(documents).hasSize(1);
    assertThat(documents.get(0).get("kind").asText()).isEqualTo("INTERNSHIP_AGREEMENT");

    // employer1 has exactly the signature of its own student's agreement waiting; employer2 sees two
    // placements of others
    var json = new ObjectMapper();
    assertThat(json.readTree(Http.basic(port, "employer1", "employer1").get("/engine-rest/task?maxResults=50").body()))
        .hasSize(1);
    assertThat(json.readTree(Http.basic(port, "employer2", "employer2").get("/engine-rest/task?maxResults=50").body()))
        .hasSize(2);
    // the procurement request was approved by the coordinator and went on to supplier selection
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supplier-selection").count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskCandidateGroup("coordinators").count()).isGreaterThanOrEqualTo(2);
    // one planned group activity of each kind (schools 1 and 2, the fair by the programme office) waits
    // for the programme office's approval
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("group-activity").list())
        .extracting(pi -> runtime.getVariable(pi.getId(), "activityKind") + ":" + runtime.getVariable(pi.getId(),
            "requesterGroup"))
        .containsExactlyInAnyOrder("SPECIALIST_CLASSES:school-1", "KEY_COMPETENCE_CLASSES:school-2",
            "SCIENCE_CAMP:school-1", "STUDY_VISIT:school-2", "JOB_FAIR:coordinators");
    var approvals = tasks.createTaskQuery().processDefinitionKey("group-activity").list();
    assertThat(approvals).hasSize(5).allSatisfy(t -> {
      assertThat(t.getTaskDefinitionKey()).isEqualTo("approvePlan");
      assertThat(tasks.getIdentityLinksForTask(t.getId())).extracting(l -> l.getGroupId()).containsExactly("coordinators");
    });
    assertThat(json.readTree(Http.basic(port, "coordinator", "coordinator")
        .get("/engine-rest/task?processDefinitionKey=group-activity&maxResults=50").body())).hasSize(5);

    // school1 counsels a pupil new to the registry: its first session waits, and so does the pupil's
    // monitoring data, in school1's "Dane uczestników" (found by school1, no e-mail of its own)
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("career-counselling").count()).isEqualTo(1);
    JsonNode data = json.readTree(Http.basic(port, "school1", "school1")
        .get("/engine-rest/task?processDefinitionKey=participant-data&maxResults=50").body());
    assertThat(data).hasSize(1);
    assertThat(data.get(0).get("name").asText()).isEqualTo("Uzupełnij dane uczestnika do monitorowania");
    assertThat(json.readTree(Http.basic(port, "school2", "school2")
        .get("/engine-rest/task?processDefinitionKey=participant-data&maxResults=50").body())).isEmpty();

    // the programme's indicators over the demo cases (a regional fair waits without a school)
    var indicators = Http.basic(port, "coordinator", "coordinator").get("/api/indicators");
    assertThat(indicators.statusCode()).as(indicators.body()).isEqualTo(200);

    long instances = runtime.createProcessInstanceQuery().count();
    demoCases.runOnFirstStart(); // a restart: nothing new
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }
}
