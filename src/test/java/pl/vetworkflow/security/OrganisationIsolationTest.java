package pl.vetworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.Http;

/**
 * /engine-rest runs with the caller's authorizations: an organisation sees its own tasks and cases
 * and nothing of another organisation's, through REST exactly as through Tasklist.
 */
@H2IntegrationTest
class OrganisationIsolationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CaseAccess caseAccess;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  ProcessInstance instance;
  Task task;

  @BeforeEach
  void placementTaskForEmployer1() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("isolation-probe").count() == 0) {
      repositoryService.createDeployment().name("isolation-probe")
          .addModelInstance("isolation-probe.bpmn", Bpmn.createExecutableProcess("isolation-probe")
              .camundaHistoryTimeToLive(1)
              .startEvent().userTask("confirm").name("Potwierdź miejsce stażu")
              .camundaCandidateGroups(Groups.employer("1")).endEvent().done())
          .deploy();
    }
    instance = runtimeService.startProcessInstanceByKey("isolation-probe",
        java.util.Map.of("studentName", "Jan Nowak"));
    caseAccess.grantToGroup(instance.getId(), Groups.employer("1"));
    task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @Test
  void restWithoutOrWithWrongCredentialsIsRefused() {
    assertThat(Http.anonymous(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(Http.anonymous(port).get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    // a wrong password delays that user's next logins: use a user of this test only
    if (identityService.createUserQuery().userId("wrong-password-probe").count() == 0) {
      var user = identityService.newUser("wrong-password-probe");
      user.setPassword("Right-password-7!"); // meets the password policy
      identityService.saveUser(user);
    }
    assertThat(Http.basic(port, "wrong-password-probe", "wrong").get("/engine-rest/task").statusCode())
        .isEqualTo(401);
    assertThat(Http.basic(port, "nobody", "nobody").get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void theEmployerSeesAndWorksItsOwnTask() throws Exception {
    Http employer1 = Http.basic(port, "employer1", "employer1");
    JsonNode tasks = JSON.readTree(employer1.get("/engine-rest/task?processInstanceId=" + instance.getId() + "&maxResults=50").body());
    assertThat(tasks).hasSize(1);
    assertThat(employer1.get("/engine-rest/task/" + task.getId() + "/variables").body()).contains("Jan Nowak");
    assertThat(JSON.readTree(employer1.get("/engine-rest/process-instance?processInstanceIds=" + instance.getId() + "&maxResults=50")
        .body())).hasSize(1);
    assertThat(employer1.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"employer1\"}")
        .statusCode()).isEqualTo(204);
  }

  @Test
  void anotherEmployerCannotSeeClaimCompleteOrReadIt() throws Exception {
    Http employer2 = Http.basic(port, "employer2", "employer2");
    assertThat(JSON.readTree(employer2.get("/engine-rest/task?processInstanceId=" + instance.getId() + "&maxResults=50").body()))
        .isEmpty();
    assertThat(JSON.readTree(employer2.get("/engine-rest/task?maxResults=100").body()))
        .extracting(t -> t.get("id").asText()).doesNotContain(task.getId());
    assertThat(employer2.get("/engine-rest/task/" + task.getId()).statusCode()).isIn(403, 404);
    var variables = employer2.get("/engine-rest/task/" + task.getId() + "/variables");
    assertThat(variables.statusCode()).isIn(403, 404);
    assertThat(variables.body()).doesNotContain("Jan Nowak");
    assertThat(employer2.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"employer2\"}")
        .statusCode()).isIn(403, 404);
    assertThat(employer2.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}").statusCode())
        .isIn(403, 404);
    assertThat(JSON.readTree(employer2.get("/engine-rest/process-instance?processInstanceIds=" + instance.getId() + "&maxResults=50")
        .body())).isEmpty();
    assertThat(employer2.get("/engine-rest/process-instance/" + instance.getId() + "/variables").statusCode())
        .isIn(403, 404);
    // nothing changed
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void aSchoolSeesNoEmployersCase() throws Exception {
    Http school2 = Http.basic(port, "school2", "school2");
    assertThat(JSON.readTree(school2.get("/engine-rest/task?processInstanceId=" + instance.getId() + "&maxResults=50").body()))
        .isEmpty();
    assertThat(JSON.readTree(school2.get("/engine-rest/history/process-instance?processInstanceId="
        + instance.getId() + "&maxResults=50").body())).isEmpty();
  }

  @Test
  void theProgrammeOfficeSeesEveryCase() throws Exception {
    Http coordinator = Http.basic(port, "coordinator", "coordinator");
    assertThat(JSON.readTree(coordinator.get("/engine-rest/task?processInstanceId=" + instance.getId() + "&maxResults=50").body()))
        .hasSize(1);
    // ... but cannot work a task that is not theirs
    assertThat(coordinator.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}").statusCode())
        .isIn(403, 404);
  }
}
