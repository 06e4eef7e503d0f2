package pl.vetworkflow.indicators;

import pl.vetworkflow.document.Attachments;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.*;
import static pl.vetworkflow.testsupport.StudentInternshipDriver.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
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
import pl.vetworkflow.testsupport.StudentInternshipDriver;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * Exact figures after a scripted mix, on a fresh PostgreSQL: 5 student internships run to completion,
 * 2 applications rejected by the coordinator, 1 internship ended by a dropout, 1 application waiting
 * (overdue) for the employer. The expected numbers are what this test did, nothing else.
 */
@PostgresIntegrationTest
class IndicatorsAfterScriptedCasesTest {
  static final LocalDate SUBMITTED = StudentInternshipDriver.SUBMITTED;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired Attachments attachments;

  StudentInternshipDriver cases;

  @BeforeEach
  void scenario() {
    cases = new StudentInternshipDriver(runtime, tasks, identity, management);
    cases.attachingScans(attachments, history, repository);
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
      Map<String, Object> application = application(TestPesels.random(LocalDate.of(2007, 1, 10 + i), i < 3), 150L);
      application.put(EDUCATION_LEVEL, "ISCED2");
      application.put(DISABILITY, "NIE");
      ProcessInstance pi = submit(application);
      clock(SUBMITTED);
      cases.placeAndSign(pi, "STUDENT");
      cases.reachPlannedEnd(pi);
      cases.attendanceToStipend(pi, "ZAS/2026/" + i);
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
    cases.placeAndSign(dropout, "GUARDIAN");
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

    JsonNode steps = body.get("bottlenecks").get("openTasksByStep");
    assertThat(steps).extracting(s -> s.get("taskKey").asText())
        .containsExactlyInAnyOrder("confirmPlacement", "enterEntryData", "enterExitData");
    JsonNode step = byKey(steps, "confirmPlacement", "taskKey");
    // the office reads the process by its Polish name, not by its key
    assertThat(step.get("processName").asText()).isEqualTo("Skierowanie na staż do pracodawcy");
    assertThat(step.get("open").asLong()).isEqualTo(1);
    assertThat(step.get("overdue").asLong()).isEqualTo(1);
    assertThat(step.get("oldestAgeHours").asLong()).isGreaterThanOrEqualTo(48);
    // the monitoring data of the six participants wait for their school: at entry, and on leaving
    // for the six whose only internship ended (completed or dropped out)
    assertThat(byKey(steps, "enterEntryData", "taskKey").get("open").asLong()).isEqualTo(6);
    assertThat(byKey(steps, "enterExitData", "taskKey").get("open").asLong()).isEqualTo(6);
    assertThat(byKey(steps, "enterExitData", "taskKey").get("processName").asText())
        .isEqualTo("Dane uczestnika do monitorowania");
    // the monitoring export, one row per person and internship: the 5 who gave their ISCED level and
    // disability status completed theirs; the dropout (who gave neither) has those cells empty
    List<List<String>> export = ExportFiles.csv(
        Http.basic(port, "coordinator", "coordinator").getBytes("/api/exports/participants.csv").body());
    List<String> header = export.get(0);
    List<List<String>> rows = export.subList(1, export.size());
    assertThat(rows).hasSize(6).allSatisfy(r -> {
      assertThat(r.get(header.indexOf("Rodzaj uczestnika"))).isEqualTo("Indywidualny");
      assertThat(r.get(header.indexOf("Rodzaj przyznanego wsparcia"))).isEqualTo("Staż uczniowski u pracodawcy");
    });
    int path = header.indexOf("Zakończenie udziału osoby w projekcie zgodnie z zaplanowaną dla niej ścieżką uczestnictwa");
    assertThat(rows.stream().filter(r -> r.get(path).equals("Tak"))).hasSize(5).allSatisfy(r -> {
      assertThat(r.get(header.indexOf("Wykształcenie"))).isEqualTo("Gimnazjalne (ISCED 2)");
      assertThat(r.get(header.indexOf("Osoba z niepełnosprawnościami"))).isEqualTo("Nie");
    });
    assertThat(rows.stream().filter(r -> r.get(path).equals("Nie"))).singleElement().satisfies(r -> {
      assertThat(r.get(header.indexOf("Wykształcenie"))).isEmpty();
      assertThat(r.get(header.indexOf("Data zakończenia udziału w projekcie"))).isEqualTo("2026-04-17");
    });

    JsonNode overdue = body.get("bottlenecks").get("overdueTasksByGroup");
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0).get("groupId").asText()).isEqualTo("employer-1");
    assertThat(overdue.get(0).get("groupType").asText()).isEqualTo("ORGANISATION");
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
