package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.InternshipScenario.SUBMITTED;
import static pl.vetworkflow.internship.InternshipScenario.clock;
import static pl.vetworkflow.internship.StudentInternshipRestTest.body;
import static pl.vetworkflow.internship.StudentInternshipRestTest.complete;
import static pl.vetworkflow.internship.StudentInternshipRestTest.enc;
import static pl.vetworkflow.internship.StudentInternshipRestTest.json;
import static pl.vetworkflow.internship.StudentInternshipRestTest.taskId;
import static pl.vetworkflow.internship.TeacherInternshipProcessTest.END;
import static pl.vetworkflow.internship.TeacherInternshipProcessTest.START;
import static pl.vetworkflow.internship.TeacherInternshipProcessTest.teacherApplication;
import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;
import pl.vetworkflow.testsupport.Scans;

/**
 * The teacher internship through /engine-rest on PostgreSQL 17 as the demo users: the documented start
 * contract, and for every kind of bad input a 400 naming the field while the task stays open and the
 * case's variables stay as they were.
 */
@PostgresIntegrationTest
class TeacherInternshipRestTest {
  static final String START_URL = "/engine-rest/process-definition/key/teacher-internship/start";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired Attachments attachments;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void clockAndCleanRegistry() {
    clock(SUBMITTED);
    jdbc.update("delete from vet_support where kind = 'TEACHER_INTERNSHIP'");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void badInputIsRefusedWith400NamingTheFieldTaskStaysOpenVariablesUnchanged() throws Exception {
    Http school1 = user("school1");
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    assertRefused(school1, START_URL, with(TEACHER_PESEL, "85031056781"), TEACHER_PESEL);
    assertRefused(school1, START_URL, with(SCHOOL_ID, "2"), SCHOOL_ID);
    assertRefused(school1, START_URL, with(EMPLOYER_ID, "999"), EMPLOYER_ID);
    assertRefused(school1, START_URL, with(PLANNED_END_DATE, "2026-04-01"), PLANNED_END_DATE);
    assertRefused(school1, START_URL, with(PLANNED_HOURS, 200L), PLANNED_HOURS);
    assertRefused(school1, START_URL, with(TEACHING_SUBJECTS, "x".repeat(301)), TEACHING_SUBJECTS);
    assertRefused(school1, START_URL, with("stipendAmount", "2600.00"), "stipendAmount");
    // the employer reads the definition (process name on its tasks) but may not start it
    assertThat(user("employer1").postJson(START_URL, body(teacherApplication("1"))).statusCode()).isIn(400, 403, 404);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);

    HttpResponse<String> started = school1.postJson(START_URL, body(teacherApplication("1")));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String businessKey = json(started).get("businessKey").asText();
    String instanceId = json(started).get("id").asText();
    assertThat(businessKey).matches("SN/2026/\\d{4}");
    assertThat(json(user("school2").get("/engine-rest/process-instance?processInstanceIds=" + instanceId
        + "&maxResults=10"))).isEmpty();

    // review: a rejection needs a reason
    Http coordinator = user("coordinator");
    String review = taskId(coordinator, businessKey, "reviewApplication");
    refusedAndUnchanged(coordinator, review, Map.of(REVIEW_DECISION, "REJECT"), REVIEW_REASON, REVIEW_DECISION);
    refusedAndUnchanged(coordinator, review, Map.of(REVIEW_DECISION, "MAYBE"), REVIEW_DECISION, REVIEW_DECISION);
    complete(coordinator, "/complete", review, Map.of(REVIEW_DECISION, "APPROVE"), 204);

    // placement (the shared employer-placement): tutor and workplace are required on CONFIRM;
    // employer 2 cannot even see employer 1's task
    Http employer1 = user("employer1");
    String placement = taskId(employer1, businessKey, "confirmPlacement");
    assertThat(json(user("employer2").get("/engine-rest/task?processInstanceBusinessKey=" + enc(businessKey)
        + "&maxResults=10"))).isEmpty();
    assertThat(json(employer1.get("/engine-rest/task/" + placement + "/variables")).get(EmployerPlacementVariables.INTERNSHIP_TYPE)
        .get("value").asText()).isEqualTo("Staż nauczyciela u pracodawcy");
    refusedAndUnchanged(employer1, placement, Map.of(PLACEMENT_DECISION, "CONFIRM", "workplace", "Hala B"), "tutorName",
        PLACEMENT_DECISION);
    complete(employer1, "/complete", placement, Map.of(PLACEMENT_DECISION, "CONFIRM", "tutorName", "Adam Nowak",
        "workplace", "Hala B, dział obróbki"), 204);

    // agreement and signatures: dates in the future are refused
    String agreement = taskId(coordinator, businessKey, "prepareAgreement");
    refusedAndUnchanged(coordinator, agreement, Map.of(AGREEMENT_NUMBER, "UM/SN/1", AGREEMENT_DATE, "2026-12-31"),
        AGREEMENT_DATE, AGREEMENT_NUMBER);
    complete(coordinator, "/complete", agreement, Map.of(AGREEMENT_NUMBER, "UM/SN/1", AGREEMENT_DATE, "2026-03-02"), 204);
    String teacherSignature = taskId(school1, businessKey, "recordTeacherSignature");
    // a teacher of the school is no candidate of the school coordinator's task: may not complete it
    assertThat(user("teacher1").postJson("/engine-rest/task/" + teacherSignature + "/complete",
        body(Map.of(TEACHER_SIGNATURE_DATE, "2026-03-02"))).statusCode()).isEqualTo(403);
    refusedAndUnchanged(school1, teacherSignature, Map.of(TEACHER_SIGNATURE_DATE, "2.03.2026"), TEACHER_SIGNATURE_DATE,
        TEACHER_SIGNATURE_DATE);
    // a valid form without the signed agreement's scan: the documents tab is named
    refusedAndUnchanged(school1, teacherSignature, Map.of(TEACHER_SIGNATURE_DATE, "2026-03-02"), "documents",
        TEACHER_SIGNATURE_DATE);
    Scans.attach(attachments, tasks, history, teacherSignature, DocumentKind.SIGNED_AGREEMENT, "school1");
    complete(school1, "/complete", teacherSignature, Map.of(TEACHER_SIGNATURE_DATE, "2026-03-02"), 204);
    String employerSignature = taskId(employer1, businessKey, "recordEmployerSignature");
    Scans.attach(attachments, tasks, history, employerSignature, DocumentKind.SIGNED_AGREEMENT, "employer1");
    complete(employer1, "/complete", employerSignature,
        Map.of(EMPLOYER_SIGNATORY_NAME, "Marek Zieliński, prezes", EMPLOYER_SIGNATURE_DATE, "2026-03-02"), 204);

    // attendance: over 8 h a day is refused
    Job end = management.createJobQuery().processInstanceId(instanceId).activityId("plannedEndReached").singleResult();
    clock(END.plusDays(3));
    management.executeJob(end.getId());
    String attendance = taskId(employer1, businessKey, "confirmAttendance");
    refusedAndUnchanged(employer1, attendance, attendance(56L), ACTUAL_HOURS, ACTUAL_HOURS);
    complete(employer1, "/complete", attendance, attendance(40L), 204);

    String confirmation = taskId(coordinator, businessKey, "issueConfirmation");
    refusedAndUnchanged(coordinator, confirmation, Map.of(CERTIFICATE_NUMBER, "x".repeat(51),
        CERTIFICATE_DATE, END.plusDays(3).toString()), CERTIFICATE_NUMBER, CERTIFICATE_NUMBER);
    complete(coordinator, "/complete", confirmation, Map.of(CERTIFICATE_NUMBER, "ZN/2026/1",
        CERTIFICATE_DATE, END.plusDays(3).toString()), 204);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getState())
        .isEqualTo("COMPLETED");
    assertThat(jdbc.queryForObject("select s.status || ' ' || s.hours || ' ' || p.participant_type from vet_support s"
        + " join vet_participant p on p.id = s.participant_id where s.case_business_key = ?", String.class, businessKey))
        .isEqualTo("COMPLETED 40 TEACHER");
  }

  /**
   * The completion is refused with 400 naming {@code field}; the task is still open and the case's
   * variable {@code unchangedVariable} has the value it had before.
   */
  void refusedAndUnchanged(Http http, String taskId, Map<String, Object> variables, String field,
      String unchangedVariable) throws Exception {
    JsonNode before = json(http.get("/engine-rest/task/" + taskId + "/variables"));
    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/complete", body(variables));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    assertThat(http.get("/engine-rest/task/" + taskId).statusCode()).as("task still open").isEqualTo(200);
    JsonNode after = json(http.get("/engine-rest/task/" + taskId + "/variables"));
    assertThat(after).isEqualTo(before);
    assertThat(String.valueOf(after.get(unchangedVariable))).isEqualTo(String.valueOf(before.get(unchangedVariable)));
  }

  void assertRefused(Http http, String url, Map<String, Object> variables, String field) throws Exception {
    HttpResponse<String> response = http.postJson(url, body(variables));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
  }

  static Map<String, Object> with(String key, Object value) {
    Map<String, Object> v = teacherApplication("1");
    v.put(key, value);
    return v;
  }

  static Map<String, Object> attendance(long hours) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(ACTUAL_START_DATE, START.toString());
    v.put(ACTUAL_END_DATE, END.toString());
    v.put(ACTUAL_HOURS, hours);
    v.put(TASKS_PERFORMED, "Programowanie obrabiarek CNC.");
    return v;
  }

  Http user(String id) {
    return Http.basic(port, id, id);
  }
}
