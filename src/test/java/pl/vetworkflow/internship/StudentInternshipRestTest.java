package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.InternshipScenario.*;
import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.notification.MailDispatcher;
import pl.vetworkflow.notification.TaskLinks;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.Scans;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;

/**
 * One student internship from submission to stipend on a real PostgreSQL 17, as the demo users
 * through /engine-rest (HTTP Basic), with the server-side form checks, the organisations' isolation
 * seen from outside, and the e-mails each person got at each step over real SMTP (GreenMail on
 * localhost:3025, see application-test.yaml; the test sends the outbox itself with MailDispatcher).
 */
@PostgresIntegrationTest
class StudentInternshipRestTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String START_URL = "/engine-rest/process-definition/key/student-internship/start";

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired ParticipantRegistry participants;

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired MailDispatcher dispatcher;
  @Autowired TaskLinks links;

  GreenMail greenMail;
  TaskMailbox mailbox;

  @BeforeEach
  void clockAndCleanRegistry() throws Exception {
    clock(SUBMITTED);
    jdbc.update("delete from vet_support");
    greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    // whatever is still pending goes out now, so that it cannot blur this test's counts
    dispatcher.dispatch(Instant.now().plus(Duration.ofDays(2)));
    greenMail.purgeEmailFromAllMailboxes();
    mailbox = new TaskMailbox(greenMail, dispatcher, links, taskService);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    greenMail.stop();
  }

  @Test
  void schoolSubmitsAndTheInternshipRunsToStipendThroughRest() throws Exception {
    Http school1 = user("school1");
    HttpResponse<String> started = school1.postJson(START_URL, body(application(ADULT_PESEL, "1")));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String businessKey = JSON.readTree(started.body()).get("businessKey").asText();
    String instanceId = JSON.readTree(started.body()).get("id").asText();
    assertThat(businessKey).matches("SU/2026/\\d{4}");
    // eligible with a preferred employer: straight to the placement, which only employer 1's people hear of
    mailbox.expect(businessKey, Map.of("confirmPlacement", List.of("employer1")));

    // school2 sees nothing of school1's application
    Http school2 = user("school2");
    assertThat(json(school2.get("/engine-rest/process-instance?processInstanceIds=" + instanceId + "&maxResults=10"))).isEmpty();
    assertThat(json(school2.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId + "&maxResults=10"))).isEmpty();
    assertThat(json(school2.get("/engine-rest/task?processInstanceBusinessKey=" + enc(businessKey) + "&maxResults=10"))).isEmpty();
    assertThat(json(school1.get("/engine-rest/process-instance?processInstanceIds=" + instanceId + "&maxResults=10"))).hasSize(1);

    // placement with employer 1: employer 2 can neither see, claim, complete nor read it
    Http employer1 = user("employer1");
    Http employer2 = user("employer2");
    String placement = taskId(employer1, businessKey, "confirmPlacement");
    assertThat(json(employer2.get("/engine-rest/task?processInstanceBusinessKey=" + enc(businessKey) + "&maxResults=10"))).isEmpty();
    assertThat(employer2.get("/engine-rest/task/" + placement).statusCode()).isIn(403, 404);
    assertThat(employer2.get("/engine-rest/task/" + placement + "/variables").statusCode()).isIn(403, 404);
    assertThat(employer2.get("/engine-rest/process-instance/" + instanceId + "/variables").statusCode()).isIn(403, 404);
    assertThat(employer2.postJson("/engine-rest/task/" + placement + "/claim", "{\"userId\":\"employer2\"}").statusCode()).isEqualTo(403);
    assertThat(employer2.postJson("/engine-rest/task/" + placement + "/complete",
        body(Map.of("placementDecision", "DECLINE", "placementDeclineReason", "x"))).statusCode()).isEqualTo(403);
    // before confirming, employer 1 sees its task but not the case itself
    assertThat(json(employer1.get("/engine-rest/process-instance?processInstanceIds=" + instanceId + "&maxResults=10"))).isEmpty();

    // invalid completion: 400 naming the field, the task stays open, nothing changed
    HttpResponse<String> invalid = employer1.postJson("/engine-rest/task/" + placement + "/complete",
        body(Map.of("placementDecision", "CONFIRM", "workplace", "Hala B")));
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("tutorName");
    assertThat(json(employer1.get("/engine-rest/task/" + placement + "/variables")).has("placementDecision")).isFalse();
    HttpResponse<String> extra = employer1.postJson("/engine-rest/task/" + placement + "/complete",
        body(Map.of("placementDecision", "CONFIRM", "tutorName", "Adam Nowak", "workplace", "Hala B", "stipendAmount", "9999.00")));
    assertThat(extra.statusCode()).isEqualTo(400);
    assertThat(extra.body()).contains("stipendAmount").contains("nieznane pole");
    mailbox.expectNothing(businessKey);
    assertThat(employer1.postJson("/engine-rest/task/" + placement + "/complete",
        body(Map.of("placementDecision", "CONFIRM", "tutorName", "Adam Nowak", "workplace", "Hala B, dział obróbki"))).statusCode())
        .isEqualTo(204);
    // placed: now employer 1 sees the case, employer 2 still does not
    assertThat(json(employer1.get("/engine-rest/process-instance?processInstanceIds=" + instanceId + "&maxResults=10"))).hasSize(1);
    assertThat(json(employer2.get("/engine-rest/process-instance?processInstanceIds=" + instanceId + "&maxResults=10"))).isEmpty();
    mailbox.expect(businessKey, Map.of("approveProgramme", List.of("teacher1")));

    // the teacher of school 1 approves the programme (through the form endpoint Tasklist uses)
    Http teacher1 = user("teacher1");
    complete(teacher1, "/submit-form", taskId(teacher1, businessKey, "approveProgramme"), Map.of(PROGRAMME_APPROVED, true), 204);
    mailbox.expect(businessKey, Map.of("prepareAgreement", List.of("coordinator")));
    Http coordinator = user("coordinator");
    complete(coordinator, "/complete", taskId(coordinator, businessKey, "prepareAgreement"),
        Map.of(AGREEMENT_NUMBER, "UM/SU/2026/1", AGREEMENT_DATE, "2026-03-02"), 204);
    // the school's task goes to the group school-1 (the school coordinator and the school's teacher),
    // but only the coordinator may complete it (vet.requiredRole), so only they are told; the employer
    // signs in parallel
    mailbox.expect(businessKey, Map.of("recordParticipantSignature", List.of("school1"),
        "recordEmployerSignature", List.of("employer1")));
    signedWithScans(businessKey, school1, employer1);
    assertThat(participants.findByPesel(ADULT_PESEL)).isPresent();
    mailbox.expect(businessKey, Map.of("internshipRunning", List.of("school1")));

    // the planned end passes (timer job), the employer confirms attendance
    Job end = management.createJobQuery().processInstanceId(instanceId).activityId("plannedEndReached").singleResult();
    clock(END.plusDays(3));
    management.executeJob(end.getId());
    mailbox.expect(businessKey, Map.of("confirmAttendance", List.of("employer1")));
    String attendance = taskId(employer1, businessKey, "confirmAttendance");
    Map<String, Object> tooMany = attendance(400L);
    HttpResponse<String> refused = employer1.postJson("/engine-rest/task/" + attendance + "/complete", body(tooMany));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("actualHours");
    complete(employer1, "/complete", attendance, attendance(150L), 204);
    mailbox.expect(businessKey, Map.of("approveReport", List.of("teacher1")));

    complete(teacher1, "/complete", taskId(teacher1, businessKey, "approveReport"), Map.of(REPORT_APPROVED, true), 204);
    mailbox.expect(businessKey, Map.of("issueCertificate", List.of("coordinator")));
    complete(coordinator, "/complete", taskId(coordinator, businessKey, "issueCertificate"),
        Map.of(CERTIFICATE_NUMBER, "ZAS/2026/1", CERTIFICATE_DATE, END.plusDays(3).toString()), 204);
    mailbox.expect(businessKey, Map.of("payStipend", List.of("accountant")));
    Http accountant = user("accountant");
    String payment = taskId(accountant, businessKey, "payStipend");
    JsonNode shown = json(accountant.get("/engine-rest/task/" + payment + "/variables"));
    assertThat(shown.get(STIPEND_AMOUNT).get("value").asText()).isEqualTo("2437.50");
    complete(accountant, "/complete", payment, Map.of(STIPEND_PAID_DATE, END.plusDays(3).toString(),
        TUTOR_COMPENSATION_PAID_DATE, END.plusDays(3).toString()), 204);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getState())
        .isEqualTo("COMPLETED");
    documentsAtTheEnd(businessKey, coordinator);
    assertThat(jdbc.queryForObject("select status from vet_support where case_business_key = ?", String.class, businessKey))
        .isEqualTo("COMPLETED");
    mailbox.expectNothing(businessKey);
    // no other organisation's people heard of the case
    assertThat(mailbox.everyRecipient()).hasSize(10).doesNotContain("school2" + TaskMailbox.DOMAIN,
        "employer2" + TaskMailbox.DOMAIN);
  }

  @Test
  void invalidApplicationsAreRefusedWith400NamingTheFieldAndNothingStarts() throws Exception {
    Http school1 = user("school1");
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    assertRefused(school1, with(PESEL_FIELD, "12345678901"), STUDENT_PESEL);
    assertRefused(school1, with(SCHOOL_ID, "2"), SCHOOL_ID);
    assertRefused(school1, with(SCHOOL_ID, "999"), SCHOOL_ID);
    assertRefused(school1, with(EMPLOYER_ID, "999"), EMPLOYER_ID);
    assertRefused(school1, with(PLANNED_END_DATE, "2026-03-15"), PLANNED_END_DATE);
    assertRefused(school1, with(PLANNED_HOURS, 20L), PLANNED_HOURS);
    assertRefused(school1, with(PROFESSION, "x".repeat(151)), PROFESSION);
    assertRefused(school1, with("isAdmin", true), "isAdmin");
    Map<String, Object> missing = application(ADULT_PESEL, "1");
    missing.remove(STUDENT_LAST_NAME);
    assertRefused(school1, missing, STUDENT_LAST_NAME);
    // an employer may not start an application at all: it may read the definition (the process name on
    // its tasks) but not start it; the form check (not its school) or the start permission refuses it
    assertThat(user("employer1").postJson(START_URL, body(application(ADULT_PESEL, "1"))).statusCode()).isIn(400, 403, 404);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
  }

  static final String PESEL_FIELD = STUDENT_PESEL;

  static Map<String, Object> with(String key, Object value) {
    Map<String, Object> v = application(ADULT_PESEL, "1");
    v.put(key, value);
    return v;
  }

  void assertRefused(Http http, Map<String, Object> variables, String field) throws Exception {
    HttpResponse<String> response = http.postJson(START_URL, body(variables));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
  }

  static Map<String, Object> attendance(long hours) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(ACTUAL_START_DATE, START.toString());
    v.put(ACTUAL_END_DATE, END.toString());
    v.put(ACTUAL_HOURS, hours);
    v.put(EVALUATION_GRADE, "5");
    v.put(EVALUATION_TEXT, "Sumienny i zaangażowany.");
    return v;
  }

  /**
   * The agreement is on the case for the school and the employer, not for their rivals; neither
   * signature step completes without its scan; bad files are refused in Polish and leave nothing.
   */
  void signedWithScans(String businessKey, Http school1, Http employer1) throws Exception {
    String schoolTask = taskId(school1, businessKey, "recordParticipantSignature");
    String employerTask = taskId(employer1, businessKey, "recordEmployerSignature");
    JsonNode tab = json(school1.get("/api/tasks/" + schoolTask + "/documents"));
    assertThat(tab.get("caseNumber").asText()).isEqualTo(businessKey);
    assertThat(tab.get("documents")).hasSize(1);
    JsonNode agreement = tab.get("documents").get(0);
    assertThat(agreement.get("kind").asText()).isEqualTo("INTERNSHIP_AGREEMENT");
    assertThat(agreement.get("number").asText()).matches("UST/2026/\\d{4}");
    assertThat(tab.get("required").get(0).get("kind").asText()).isEqualTo("SIGNED_AGREEMENT");
    assertThat(tab.get("required").get(0).get("attached").asBoolean()).isFalse();
    String href = agreement.get("href").asText();
    HttpResponse<byte[]> pdf = school1.getBytes(href);
    assertThat(pdf.statusCode()).isEqualTo(200);
    pl.vetworkflow.document.PdfText.keep("internship-agreement", pdf.body());
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pl.vetworkflow.document.PdfText.of(pdf.body())).contains("UMOWA TRÓJSTRONNA O STAŻ UCZNIOWSKI",
        "nr UM/SU/2026/1", "Opolskie Zakłady Mechaniczne");
    assertThat(pl.vetworkflow.document.PdfText.sha256(pdf.body())).isEqualTo(agreement.get("sha256").asText());
    assertThat(employer1.getBytes(href).statusCode()).isEqualTo(200);
    for (String rival : List.of("school2", "employer2")) {
      assertThat(user(rival).get("/api/documents?case=" + enc(businessKey)).statusCode()).as(rival).isEqualTo(404);
      assertThat(user(rival).getBytes(href).statusCode()).as(rival).isEqualTo(404);
      assertThat(user(rival).postFile("/api/documents?case=" + enc(businessKey), Map.of("kind", "SIGNED_AGREEMENT"),
          "umowa.pdf", "application/pdf", Scans.pdf("rival")).statusCode()).as(rival).isEqualTo(404);
    }

    // no scan, no signature
    HttpResponse<String> unsigned = school1.postJson("/engine-rest/task/" + schoolTask + "/complete",
        body(Map.of(PARTICIPANT_SIGNED_BY, "STUDENT", PARTICIPANT_SIGNATURE_DATE, "2026-03-02")));
    assertThat(unsigned.statusCode()).isEqualTo(400);
    assertThat(unsigned.body()).contains("„Dokumenty”", "Podpisana umowa (skan)");
    // bad files
    int before = json(school1.get("/api/documents?case=" + enc(businessKey))).size();
    String attach = "/api/tasks/" + schoolTask + "/documents";
    Map<String, String> signed = Map.of("kind", "SIGNED_AGREEMENT");
    assertRefusedFile(school1.postFile(attach, signed, "umowa.pdf", "application/pdf",
        "To nie jest skan".getBytes(StandardCharsets.UTF_8)), "nie jest plikiem PDF, JPEG ani PNG");
    assertRefusedFile(school1.postFile(attach, signed, "pusty.pdf", "application/pdf", new byte[0]), "jest pusty");
    byte[] huge = new byte[11 * 1024 * 1024];
    System.arraycopy(Scans.pdf("huge"), 0, huge, 0, 100);
    assertRefusedFile(school1.postFile(attach, signed, "duzy.pdf", "application/pdf", huge), "za duży");
    assertRefusedFile(school1.postFile(attach, Map.of("kind", "INTERNSHIP_CERTIFICATE"), "umowa.pdf",
        "application/pdf", Scans.pdf("signed")), "Rodzaj dokumentu");
    assertThat(json(school1.get("/api/documents?case=" + enc(businessKey)))).hasSize(before);

    HttpResponse<String> stored = school1.postFile(attach, signed, "umowa-podpisana.pdf", "application/pdf",
        Scans.pdf("signed by the pupil"));
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    assertThat(JSON.readTree(stored.body()).get("createdBy").asText()).isEqualTo("school1");
    // the school's scan does not sign for the employer
    assertThat(employer1.postJson("/engine-rest/task/" + employerTask + "/complete", body(Map.of(
        EMPLOYER_SIGNATORY_NAME, "Marek Zieliński, prezes", EMPLOYER_SIGNATURE_DATE, "2026-03-02"))).statusCode())
        .isEqualTo(400);
    complete(school1, "/complete", schoolTask,
        Map.of(PARTICIPANT_SIGNED_BY, "STUDENT", PARTICIPANT_SIGNATURE_DATE, "2026-03-02"), 204);
    assertThat(employer1.postFile("/api/tasks/" + employerTask + "/documents", signed, "umowa.jpg", "image/jpeg",
        Scans.pdf("signed by the employer")).statusCode()).isEqualTo(201);
    complete(employer1, "/complete", employerTask,
        Map.of(EMPLOYER_SIGNATORY_NAME, "Marek Zieliński, prezes", EMPLOYER_SIGNATURE_DATE, "2026-03-02"), 204);
  }

  static void assertRefusedFile(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).as(response.body()).isIn(400, 413);
    assertThat(response.body()).contains(message);
  }

  /** The finished case holds its agreement, both scans and its certificate; every download was logged. */
  void documentsAtTheEnd(String businessKey, Http coordinator) throws Exception {
    JsonNode documents = json(coordinator.get("/api/documents?case=" + enc(businessKey)));
    List<String> kinds = new java.util.ArrayList<>();
    documents.forEach(d -> kinds.add(d.get("kind").asText()));
    assertThat(kinds).containsExactly("INTERNSHIP_AGREEMENT", "SIGNED_AGREEMENT", "SIGNED_AGREEMENT",
        "INTERNSHIP_CERTIFICATE");
    JsonNode certificate = documents.get(3);
    HttpResponse<byte[]> pdf = coordinator.getBytes(certificate.get("href").asText());
    pl.vetworkflow.document.PdfText.keep("internship-certificate", pdf.body());
    assertThat(pl.vetworkflow.document.PdfText.pdfA2WithEmbeddedFonts(pdf.body())).isTrue();
    assertThat(pl.vetworkflow.document.PdfText.of(pdf.body())).contains("ZAŚWIADCZENIE O ODBYCIU STAŻU UCZNIOWSKIEGO",
        "nr ZAS/2026/1", "150 godzin");
    long agreementId = documents.get(0).get("id").asLong();
    assertThat(jdbc.queryForList("select user_id from vet_document_download where document_id = ? order by id",
        String.class, agreementId)).containsExactly("school1", "employer1");
  }

  Http user(String id) {
    return Http.basic(port, id, id);
  }

  static String taskId(Http http, String businessKey, String key) throws Exception {
    JsonNode tasks = json(http.get("/engine-rest/task?processInstanceBusinessKey=" + enc(businessKey)
        + "&taskDefinitionKey=" + key + "&maxResults=10"));
    assertThat(tasks).as("open task " + key).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  static void complete(Http http, String endpoint, String taskId, Map<String, Object> variables, int status)
      throws Exception {
    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + endpoint, body(variables));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  static String body(Map<String, Object> variables) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode vars = root.putObject("variables");
    variables.forEach((k, v) -> {
      ObjectNode node = vars.putObject(k);
      node.putPOJO("value", v);
      node.put("type", v instanceof Long ? "Long" : v instanceof Boolean ? "Boolean" : "String");
    });
    return JSON.writeValueAsString(root);
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
