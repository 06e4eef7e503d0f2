package pl.vetworkflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import pl.vetworkflow.notification.DispatchResult;
import pl.vetworkflow.notification.MailDispatcher;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * Programme replay, REDUCED: student internships only (the largest activity of the programme,
 * 900 planned), each driven end to end through the engine API as the demo users would in
 * Tasklist (school1 submits; employer1, teacher1, coordinator, school1, employer1 sign up; the
 * planned-end timer; employer1, teacher1, coordinator, accountant close), on embedded
 * PostgreSQL 17 with authorization on, full history and the mail outbox (sent to GreenMail).
 * In the same JVM and on the same engine: a bare one-task process started and completed as many
 * times without authentication or variables. Courses, teacher internships and procurements are
 * not replayed (see BENCHMARKS.md).
 */
@Tag("bench")
class ProgrammeReplayBenchTest {
  static final int INTERNSHIPS = Integer.getInteger("bench.replay.internships", 180);
  static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
  static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 2);
  static final LocalDate START = LocalDate.of(2026, 4, 1);
  static final LocalDate END = LocalDate.of(2026, 5, 29);

  RuntimeService runtime;
  TaskService tasks;
  IdentityService identity;
  ManagementService management;
  long peakHeapMb;
  int completions;

  @Test
  void replayStudentInternshipsAgainstBareEngine() throws Exception {
    GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    try (EmbeddedPostgres postgres = Bench.startPostgres();
         ConfigurableApplicationContext app = Bench.startApplication(postgres, Map.of())) {
      runtime = app.getBean(RuntimeService.class);
      tasks = app.getBean(TaskService.class);
      identity = app.getBean(IdentityService.class);
      management = app.getBean(ManagementService.class);
      warmUp();

      System.gc();
      peakHeapMb = Bench.heapUsedMb();
      completions = 0;
      long t0 = System.nanoTime();
      for (int i = 0; i < INTERNSHIPS; i++) {
        internship(i);
        peakHeapMb = Math.max(peakHeapMb, Bench.heapUsedMb());
      }
      double replaySeconds = (System.nanoTime() - t0) / 1e9;
      int replayCompletions = completions;
      ClockUtil.reset();

      long m0 = System.nanoTime();
      DispatchResult mail = app.getBean(MailDispatcher.class).dispatch(Instant.now().plusSeconds(3600));
      double mailSeconds = (System.nanoTime() - m0) / 1e9;

      // the bare engine: same engine, same JVM, no authentication, no variables
      app.getBean(RepositoryService.class).createDeployment().name("bench-bare").addModelInstance("bench-bare.bpmn",
          Bpmn.createExecutableProcess("benchBare").camundaHistoryTimeToLive(1).startEvent().userTask("t")
              .endEvent().done()).deploy();
      bare(200);
      long b0 = System.nanoTime();
      bare(replayCompletions);
      double bareSeconds = (System.nanoTime() - b0) / 1e9;

      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isZero();
      report(replaySeconds, replayCompletions, bareSeconds, mail, mailSeconds, greenMail.getReceivedMessages().length);
    } finally {
      ClockUtil.reset();
      greenMail.stop();
    }
  }

  private void warmUp() {
    for (int i = 0; i < 5; i++) {
      internship(100_000 + i);
    }
  }

  private void bare(int n) {
    for (int i = 0; i < n; i++) {
      ProcessInstance pi = runtime.startProcessInstanceByKey("benchBare");
      tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
    }
  }

  private void internship(int i) {
    clock(SUBMITTED);
    ProcessInstance pi = as("school1", () -> runtime.startProcessInstanceByKey(PROCESS_KEY,
        application(TestPesels.random(LocalDate.of(2007, 1 + i % 12, 1 + i % 28), i % 2 == 0))));
    complete("employer1", pi, "confirmPlacement", Map.of("placementDecision", "CONFIRM", "tutorName", "Adam Nowak",
        "tutorEmail", "a.nowak@firma.example.pl", "workplace", "Hala B"));
    complete("teacher1", pi, "approveProgramme", Map.of(PROGRAMME_APPROVED, true));
    complete("coordinator", pi, "prepareAgreement", Map.of(AGREEMENT_NUMBER, "UM/" + pi.getBusinessKey(),
        AGREEMENT_DATE, SUBMITTED.toString()));
    complete("school1", pi, "recordParticipantSignature", Map.of(PARTICIPANT_SIGNED_BY, "STUDENT",
        PARTICIPANT_SIGNATURE_DATE, SUBMITTED.toString()));
    complete("employer1", pi, "recordEmployerSignature", Map.of(EMPLOYER_SIGNATORY_NAME, "Prezes zarządu",
        EMPLOYER_SIGNATURE_DATE, SUBMITTED.toString()));
    String job = management.createJobQuery().processInstanceId(pi.getId()).activityId("plannedEndReached")
        .singleResult().getId();
    clock(END.plusDays(3));
    management.executeJob(job);
    complete("employer1", pi, "confirmAttendance", Map.of(ACTUAL_START_DATE, START.toString(),
        ACTUAL_END_DATE, END.toString(), ACTUAL_HOURS, 150L, EVALUATION_GRADE, "5", EVALUATION_TEXT, "Bardzo dobrze."));
    complete("teacher1", pi, "approveReport", Map.of(REPORT_APPROVED, true));
    complete("coordinator", pi, "issueCertificate", Map.of(CERTIFICATE_NUMBER, "ZAS/2026/B" + i,
        CERTIFICATE_DATE, END.plusDays(3).toString()));
    complete("accountant", pi, "payStipend", Map.of(STIPEND_PAID_DATE, END.plusDays(3).toString(),
        TUTOR_COMPENSATION_PAID_DATE, END.plusDays(3).toString()));
  }

  private static Map<String, Object> application(String pesel) {
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
    v.put(PLANNED_HOURS, 150L);
    v.put(PRIVACY_NOTICE_ACKNOWLEDGED, true);
    return v;
  }

  /** As Tasklist does: the user's task found through an authorized query, then completed. */
  private void complete(String user, ProcessInstance pi, String key, Map<String, Object> variables) {
    as(user, () -> {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey()).taskDefinitionKey(key).singleResult();
      assertThat(task).as(key + " of " + pi.getBusinessKey() + " for " + user).isNotNull();
      tasks.complete(task.getId(), variables);
      return null;
    });
    completions++;
  }

  private <T> T as(String user, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void clock(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
  }

  private void report(double replaySeconds, int replayCompletions, double bareSeconds, DispatchResult mail,
      double mailSeconds, int received) {
    double lifecycles = INTERNSHIPS / replaySeconds;
    double perTask = replayCompletions / replaySeconds;
    double barePerTask = replayCompletions / bareSeconds;
    String md = "## 2. Programme replay (REDUCED: student internships only)\n\n"
        + String.format("%d student internships end to end (of the programme's 900; no teacher internships, "
            + "courses or procurements), %d user-task completions as the demo users, one thread, "
            + "after 5 warm-up internships.%n%n", INTERNSHIPS, replayCompletions)
        + "| Figure | Value |\n|---|---:|\n"
        + String.format("| replay wall time | %.1f s |%n", replaySeconds)
        + String.format("| lifecycles per second | %.2f |%n", lifecycles)
        + String.format("| task completions per second (programme) | %.1f |%n", perTask)
        + String.format("| bare engine: same number of one-task instances, started + completed, per second | %.1f |%n", barePerTask)
        + String.format("| **ratio programme / bare (goal ≥ 0.6)** | **%.2f** |%n", perTask / barePerTask)
        + String.format("| peak heap used during the replay (sampled after each lifecycle) | %d MB |%n", peakHeapMb)
        + String.format("| outbox dispatched to GreenMail afterwards | %d sent, %d failed in %.1f s; GreenMail received %d |%n",
            mail.sent(), mail.failed(), mailSeconds, received);
    Bench.writeSection("2-replay", md);
  }
}
