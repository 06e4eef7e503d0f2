package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
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
import pl.vetworkflow.testsupport.CaseScenario;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * Exact figures after a scripted mix, on a fresh PostgreSQL: 5 student internships run to completion,
 * 2 applications rejected by the coordinator, 1 internship ended by a dropout, 1 application waiting
 * (overdue) for the employer. The expected numbers are what this test did, nothing else.
 */
@PostgresIntegrationTest
class IndicatorsAfterScriptedCasesTest {
  static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 2);
  static final LocalDate START = LocalDate.of(2026, 4, 1);
  static final LocalDate END = LocalDate.of(2026, 5, 29);

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;

  CaseScenario cases;

  @BeforeEach
  void scenario() {
    cases = new CaseScenario(runtime, tasks, identity);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void indicatorsCountExactlyWhatHappened() throws Exception {
    clock(SUBMITTED);
    // 5 completed: 3 women, 2 men, all adults (born 2007: 19 at the start)
    for (int i = 0; i < 5; i++) {
      ProcessInstance pi = submit(application(TestPesels.random(LocalDate.of(2007, 1, 10 + i), i < 3), 150L));
      clock(SUBMITTED);
      placeAndSign(pi, "STUDENT");
      reachPlannedEnd(pi);
      complete("employer1", pi, "confirmAttendance", Map.of(ACTUAL_START_DATE, START.toString(),
          ACTUAL_END_DATE, END.toString(), ACTUAL_HOURS, 150L, EVALUATION_GRADE, "5", EVALUATION_TEXT, "Bardzo dobrze."));
      complete("teacher1", pi, "approveReport", Map.of(REPORT_APPROVED, true));
      complete("coordinator", pi, "issueCertificate", Map.of(CERTIFICATE_NUMBER, "ZAS/2026/" + i,
          CERTIFICATE_DATE, END.plusDays(3).toString()));
      complete("accountant", pi, "payStipend", Map.of(STIPEND_PAID_DATE, END.plusDays(3).toString(),
          TUTOR_COMPENSATION_PAID_DATE, END.plusDays(3).toString()));
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    }
    // 2 rejected after review (120 h needs the coordinator's review)
    for (int i = 0; i < 2; i++) {
      clock(SUBMITTED);
      ProcessInstance pi = submit(application(TestPesels.random(LocalDate.of(2006, 6, 1 + i), false), 120L));
      complete("coordinator", pi, "reviewApplication", Map.of(REVIEW_DECISION, "REJECT", REVIEW_REASON, "Brak miejsc."));
      complete("school1", pi, "notifyRejection", Map.of(REJECTION_ACKNOWLEDGED, true));
    }
    // 1 dropout: a minor (born 2010), signed by the guardian
    clock(SUBMITTED);
    Map<String, Object> minor = application(TestPesels.random(LocalDate.of(2010, 5, 5), true), 150L);
    minor.put(GUARDIAN_NAME, "Anna Kowalska");
    minor.put(GUARDIAN_PHONE, "601 200 300");
    ProcessInstance dropout = submit(minor);
    placeAndSign(dropout, "GUARDIAN");
    clock(LocalDate.of(2026, 4, 20));
    complete("school1", dropout, "internshipRunning", Map.of(DROPOUT_DATE, "2026-04-17", DROPOUT_REASON, "Zmiana szkoły."));
    // 1 waiting for employer1, and overdue
    clock(SUBMITTED);
    ProcessInstance waiting = submit(application(TestPesels.random(LocalDate.of(2007, 2, 2), false), 150L));
    Task placement = task(waiting, "confirmPlacement");
    ClockUtil.setCurrentTime(new Date(placement.getDueDate().getTime() + 2 * 86_400_000L));

    JsonNode body = new ObjectMapper().readTree(
        Http.basic(port, "coordinator", "coordinator").get("/api/indicators").body());

    JsonNode internships = byKey(body.get("activities"), "student-internships");
    assertThat(internships.get("completed").asLong()).isEqualTo(5);
    assertThat(internships.get("inProgress").asLong()).isZero(); // the dropout is not in progress any more
    assertThat(internships.get("percent").decimalValue()).isEqualByComparingTo("0.6"); // 5 / 900
    assertThat(byKey(body.get("activities"), "teacher-internships").get("completed").asLong()).isZero();

    JsonNode people = body.get("people");
    assertThat(byKey(people, "participants").get("completed").asLong()).isEqualTo(5);
    assertThat(byKey(people, "participants").get("inProgress").asLong()).isEqualTo(1); // the dropout
    assertThat(byKey(people, "students-technikum").get("completed").asLong()).isEqualTo(5);
    assertThat(byKey(people, "teachers").get("completed").asLong()).isZero();

    JsonNode participants = body.get("participants");
    assertThat(participants.get("total").asLong()).isEqualTo(6); // rejected and waiting applicants are not participants
    assertThat(participants.get("bySex").get("K").asLong()).isEqualTo(4);
    assertThat(participants.get("bySex").get("M").asLong()).isEqualTo(2);
    assertThat(participants.get("byAgeGroup").get("poniżej 18").asLong()).isEqualTo(1);
    assertThat(participants.get("byAgeGroup").get("18-29").asLong()).isEqualTo(5);

    JsonNode school1 = byKey(body.get("schools"), "1", "id");
    assertThat(school1.get("completedInternships").asLong()).isEqualTo(5);
    assertThat(school1.get("casesByStage").get(placement.getName()).asLong()).isEqualTo(1);
    assertThat(byKey(body.get("schools"), "2", "id").get("casesByStage").size()).isZero();

    JsonNode step = body.get("bottlenecks").get("openTasksByStep");
    assertThat(step).hasSize(1);
    assertThat(step.get(0).get("taskKey").asText()).isEqualTo("confirmPlacement");
    assertThat(step.get(0).get("open").asLong()).isEqualTo(1);
    assertThat(step.get(0).get("overdue").asLong()).isEqualTo(1);
    assertThat(step.get(0).get("oldestAgeHours").asLong()).isGreaterThanOrEqualTo(48);
    JsonNode overdue = body.get("bottlenecks").get("overdueTasksByGroup");
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0).get("groupId").asText()).isEqualTo("employer-1");
    assertThat(overdue.get(0).get("groupType").asText()).isEqualTo("ORGANISATION");
  }

  // ------------------------------------------------------------------ the users' steps

  private void placeAndSign(ProcessInstance pi, String signedBy) {
    complete("employer1", pi, "confirmPlacement", Map.of("placementDecision", "CONFIRM", "tutorName", "Adam Nowak",
        "tutorEmail", "a.nowak@firma.example.pl", "workplace", "Hala B"));
    complete("teacher1", pi, "approveProgramme", Map.of(PROGRAMME_APPROVED, true));
    complete("coordinator", pi, "prepareAgreement", Map.of(AGREEMENT_NUMBER, "UM/" + pi.getBusinessKey(),
        AGREEMENT_DATE, SUBMITTED.toString()));
    complete("school1", pi, "recordParticipantSignature", Map.of(PARTICIPANT_SIGNED_BY, signedBy,
        PARTICIPANT_SIGNATURE_DATE, SUBMITTED.toString()));
    complete("employer1", pi, "recordEmployerSignature", Map.of(EMPLOYER_SIGNATORY_NAME, "Prezes zarządu",
        EMPLOYER_SIGNATURE_DATE, SUBMITTED.toString()));
  }

  private void reachPlannedEnd(ProcessInstance pi) {
    String job = management.createJobQuery().processInstanceId(pi.getId()).activityId("plannedEndReached")
        .singleResult().getId();
    clock(END.plusDays(3));
    management.executeJob(job);
  }

  private static Map<String, Object> application(String pesel, long hours) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(STUDENT_FIRST_NAME, "Jan");
    v.put(STUDENT_LAST_NAME, "Kowalski");
    v.put(STUDENT_PESEL, pesel);
    v.put(SCHOOL_ID, "1");
    v.put(STUDENT_CLASS, "3TM");
    v.put(PROFESSION, "technik mechanik");
    v.put(STUDENT_PHONE, "600 100 200");
    v.put(JUVENILE_WORKER, false);
    v.put(EMPLOYER_ID, "1");
    v.put(PLANNED_START_DATE, START.toString());
    v.put(PLANNED_END_DATE, END.toString());
    v.put(PLANNED_HOURS, hours);
    v.put(PRIVACY_NOTICE_ACKNOWLEDGED, true);
    return v;
  }

  private ProcessInstance submit(Map<String, Object> application) {
    return cases.start("school1", PROCESS_KEY, application);
  }

  private Task task(ProcessInstance pi, String key) {
    return cases.task(pi, key);
  }

  private void complete(String user, ProcessInstance pi, String key, Map<String, Object> variables) {
    cases.complete(user, pi, key, variables);
  }

  private static void clock(LocalDate day) {
    CaseScenario.clock(day);
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
