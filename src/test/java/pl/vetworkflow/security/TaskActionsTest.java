package pl.vetworkflow.security;

import pl.vetworkflow.document.Attachments;
import org.camunda.bpm.engine.HistoryService;
import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.AGREEMENT_DATE;
import static pl.vetworkflow.internship.StudentInternshipVariables.AGREEMENT_NUMBER;
import static pl.vetworkflow.internship.StudentInternshipVariables.PROGRAMME_APPROVED;
import static pl.vetworkflow.internship.StudentInternshipVariables.REVIEW_DECISION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.identity.RoleSetup;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.StudentInternshipDriver;
import pl.vetworkflow.testsupport.TestPesels;
import pl.vetworkflow.validation.FormSubmissionGuard;

/**
 * GET /api/tasks/{id}/actions answers what the claim guard would do: for every demo user and task
 * of three student internships, "claim" is true exactly when a real claim over REST goes through,
 * "unclaim" exactly when a real give-back does, "assign" (to another person) for administrators only;
 * a task the user cannot read is 404, anonymous 401.
 * And the roles that work a process's tasks read its definition (the process name on the task
 * view) without being offered to start it.
 */
@H2IntegrationTest
class TaskActionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> USERS =
      List.of("coordinator", "school1", "school2", "teacher1", "employer1", "employer2", "accountant", "admin");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired AuthorizationService authorizations;
  @Autowired HistoryService history;
  @Autowired Attachments attachments;

  @Test
  void actionsAreWhatTheClaimGuardLetsThrough() throws Exception {
    Map<String, Task> open = openTasks();
    Map<String, Http> sessions = new LinkedHashMap<>();
    for (String user : USERS) {
      sessions.put(user, Http.basic(port, user, user));
    }
    // allowed and refused, read from the answers: who may claim each task while nobody holds it
    Map<String, Set<String>> mayClaim = new LinkedHashMap<>();
    int checks = 0;
    for (Map.Entry<String, Task> entry : open.entrySet()) {
      String taskId = entry.getValue().getId();
      Set<String> claimers = new TreeSet<>();
      for (String user : USERS) {
        Http http = sessions.get(user);
        HttpResponse<String> answer = http.get(actions(taskId));
        String what = user + " on " + entry.getKey();
        HttpResponse<String> claim = http.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
        if (answer.statusCode() == 404) {
          // cannot read the task: the engine's claim is refused too (404 or 403), nothing changes
          assertThat(claim.statusCode()).as(what + ": " + claim.body()).isIn(403, 404);
        } else {
          assertThat(answer.statusCode()).as(what).isEqualTo(200);
          JsonNode body = JSON.readTree(answer.body());
          assertThat(body.get("unclaim").asBoolean()).as("nobody holds it, nothing to give back: " + what).isFalse();
          assertThat(body.get("assign").asBoolean()).as("hands it to others: " + what).isEqualTo(user.equals("admin"));
          if (body.get("claim").asBoolean()) {
            assertThat(claim.statusCode()).as(what + ": " + claim.body()).isEqualTo(204);
            claimers.add(user);
            JsonNode held = JSON.readTree(http.get(actions(taskId)).body());
            assertThat(held.get("claim").asBoolean()).as("already held: " + what).isFalse();
            assertThat(held.get("unclaim").asBoolean()).as("the claimant gives back: " + what).isTrue();
            checkOthersWhileHeld(sessions, taskId, user, entry.getKey());
            assertThat(http.postJson("/engine-rest/task/" + taskId + "/unclaim", "").statusCode()).as(what).isEqualTo(204);
          } else {
            assertThat(claim.statusCode()).as(what + ": " + claim.body()).isEqualTo(403);
            assertThat(JSON.readTree(claim.body()).get("message").asText()).as(what)
                .doesNotContain("TASK_WORK", "does not have");
          }
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).as(what).isNull();
        checks++;
      }
      mayClaim.put(entry.getKey(), claimers);
    }
    System.out.printf("Task actions: %d tasks x %d users = %d answers checked against real claims; may claim: %s%n",
        open.size(), USERS.size(), checks, mayClaim);
    assertThat(mayClaim).containsEntry("approveProgramme", Set.of("admin", "teacher1"))
        .containsEntry("prepareAgreement", Set.of("admin", "coordinator"))
        .containsEntry("recordParticipantSignature", Set.of("admin", "school1"))
        .containsEntry("recordEmployerSignature", Set.of("admin", "employer1"));

    // the programme office reads a school's task (200) but may not claim it
    JsonNode office = JSON.readTree(sessions.get("coordinator").get(actions(open.get("recordParticipantSignature").getId())).body());
    assertThat(office.get("claim").asBoolean()).isFalse();
    // the other school and the teacher cannot read it at all
    assertThat(sessions.get("school2").get(actions(open.get("recordParticipantSignature").getId())).statusCode()).isEqualTo(404);
    assertThat(sessions.get("teacher1").get(actions(open.get("recordParticipantSignature").getId())).statusCode()).isEqualTo(404);
    // unknown task, anonymous, wrong password
    assertThat(sessions.get("school1").get(actions("no-such-task")).statusCode()).isEqualTo(404);
    assertThat(Http.anonymous(port).get(actions(open.get("approveProgramme").getId())).statusCode()).isEqualTo(401);
    // a wrong password locks that user out for a while (engine throttling), counted on the engine clock
    // that later test classes move: a demo user's wrong password would lock them out of those tests
    assertThat(Http.basic(port, "nobody", "wrong").get(actions(open.get("approveProgramme").getId())).statusCode())
        .isEqualTo(401);
    // Tasklist's way in: its logged-in session
    HttpResponse<String> tasklist = Http.webappSession(port, "tasklist", "teacher1", "teacher1")
        .get(actions(open.get("approveProgramme").getId()));
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(tasklist.body()).get("claim").asBoolean()).isTrue();
  }

  /** While {@code holder} holds the task: the office may take it back, no other non-administrator may. */
  private void checkOthersWhileHeld(Map<String, Http> sessions, String taskId, String holder, String what)
      throws Exception {
    for (String other : USERS) {
      if (other.equals(holder)) {
        continue;
      }
      HttpResponse<String> answer = sessions.get(other).get(actions(taskId));
      if (answer.statusCode() == 404) {
        continue;
      }
      JsonNode body = JSON.readTree(answer.body());
      assertThat(body.get("claim").asBoolean()).as(other + " while " + holder + " holds " + what).isFalse();
      assertThat(body.get("unclaim").asBoolean()).as(other + " while " + holder + " holds " + what)
          .isEqualTo(other.equals("coordinator") || other.equals("admin"));
    }
  }

  @Test
  void rolesThatWorkAProcessReadItsDefinitionButStartOnlyWhatTheyMay() throws Exception {
    // from the models: the roles a user task's completion needs (vet.requiredRole, or a role group as candidate)
    Map<String, Set<String>> rolesOfProcess = new LinkedHashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      if (!RoleSetup.STARTABLE_PROCESSES.values().stream().flatMap(List::stream).toList().contains(definition.getKey())
          && !List.of("employer-placement", "supplier-selection").contains(definition.getKey())) {
        continue; // other tests' models in the shared in-memory database
      }
      Set<String> roles = new TreeSet<>();
      for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
        List<String> required = FormSubmissionGuard.requiredRoles(task);
        if (!required.isEmpty()) {
          roles.addAll(required);
        } else if (Groups.WORKING_ROLES.contains(task.getCamundaCandidateGroups())) {
          roles.add(task.getCamundaCandidateGroups());
        } else {
          throw new AssertionError(definition.getKey() + "/" + task.getId() + ": no role to read its process");
        }
      }
      rolesOfProcess.put(definition.getKey(), roles);
    }
    assertThat(rolesOfProcess).hasSize(9);
    int grants = 0;
    for (Map.Entry<String, Set<String>> entry : rolesOfProcess.entrySet()) {
      for (String role : entry.getValue()) {
        assertThat(authorizations.isUserAuthorized("nobody", List.of(role), Permissions.READ,
            Resources.PROCESS_DEFINITION, entry.getKey())).as(role + " reads " + entry.getKey()).isTrue();
        grants++;
      }
    }
    System.out.printf("Process definitions read by the roles that work them: %d (role, process) pairs: %s%n",
        grants, rolesOfProcess);

    // READ starts nothing: the start dialog's query (scripts/vet-start-actions.js) finds no process
    String startable = "/camunda/api/engine/engine/default/process-definition/count"
        + "?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true";
    for (String user : List.of("teacher1", "employer1", "accountant")) {
      Http http = Http.webappSession(port, "tasklist", user, user);
      assertThat(JSON.readTree(http.get(startable).body()).get("count").asInt()).as(user).isZero();
    }
    assertThat(JSON.readTree(Http.webappSession(port, "tasklist", "school1", "school1").get(startable).body())
        .get("count").asInt()).isEqualTo(7);

    // the task view's process name, as Tasklist reads the task (HAL, process definition embedded)
    Map<String, Task> open = openTasks();
    Map<String, String> taskOf = Map.of("teacher1", "approveProgramme", "employer1", "recordEmployerSignature",
        "school1", "recordParticipantSignature", "coordinator", "prepareAgreement");
    for (Map.Entry<String, String> entry : taskOf.entrySet()) {
      HttpResponse<String> hal = Http.webappSession(port, "tasklist", entry.getKey(), entry.getKey())
          .getHal("/camunda/api/engine/engine/default/task/" + open.get(entry.getValue()).getId());
      assertThat(hal.statusCode()).as(entry.getKey() + ": " + hal.body()).isEqualTo(200);
      JsonNode definitions = JSON.readTree(hal.body()).path("_embedded").path("processDefinition");
      assertThat(definitions.path(0).path("name").asText()).as(entry.getKey() + ": " + hal.body())
          .isEqualTo("Staż uczniowski");
    }
  }

  private static String actions(String taskId) {
    return "/api/tasks/" + taskId + "/actions";
  }

  /**
   * Three student internships of school 1 and employer 1: one waits for the teachers (programme),
   * one for the programme office (agreement), one for the school coordinator and the employer
   * (signatures). Task definition key → task.
   */
  private Map<String, Task> openTasks() {
    StudentInternshipDriver driver = new StudentInternshipDriver(runtime, tasks, identity, management);
    driver.attachingScans(attachments, history, repository);
    StudentInternshipDriver.clock(StudentInternshipDriver.SUBMITTED);
    List<ProcessInstance> cases = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        ProcessInstance pi = driver.submit(StudentInternshipDriver.application(
            TestPesels.random(LocalDate.of(2006, 5, 14), false), 120));
        if (tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("reviewApplication").count() > 0) {
          driver.complete("coordinator", pi, "reviewApplication", Map.of(REVIEW_DECISION, "APPROVE"));
        }
        driver.complete("employer1", pi, "confirmPlacement", Map.of("placementDecision", "CONFIRM", "tutorName",
            "Adam Nowak", "tutorEmail", "a.nowak@firma.example.pl", "workplace", "Hala B"));
        if (i > 0) {
          driver.complete("teacher1", pi, "approveProgramme", Map.of(PROGRAMME_APPROVED, true));
        }
        if (i > 1) {
          driver.complete("coordinator", pi, "prepareAgreement", Map.of(AGREEMENT_NUMBER, "UM/" + i + "/2026",
              AGREEMENT_DATE, StudentInternshipDriver.SUBMITTED.toString()));
        }
        cases.add(pi);
      }
    } finally {
      ClockUtil.reset();
    }
    Map<String, Task> open = new LinkedHashMap<>();
    open.put("approveProgramme", driver.task(cases.get(0), "approveProgramme"));
    open.put("prepareAgreement", driver.task(cases.get(1), "prepareAgreement"));
    open.put("recordParticipantSignature", driver.task(cases.get(2), "recordParticipantSignature"));
    open.put("recordEmployerSignature", driver.task(cases.get(2), "recordEmployerSignature"));
    return open;
  }
}
