package pl.vetworkflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import pl.vetworkflow.notification.DispatchResult;
import pl.vetworkflow.notification.MailDispatcher;
import pl.vetworkflow.testsupport.StudentInternshipDriver;
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
  RuntimeService runtime;
  TaskService tasks;
  StudentInternshipDriver driver;
  long peakHeapMb;

  @Test
  void replayStudentInternshipsAgainstBareEngine() throws Exception {
    GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    try (EmbeddedPostgres postgres = Bench.startPostgres();
         ConfigurableApplicationContext app = Bench.startApplication(postgres, Map.of())) {
      runtime = app.getBean(RuntimeService.class);
      tasks = app.getBean(TaskService.class);
      driver = new StudentInternshipDriver(runtime, tasks, app.getBean(IdentityService.class),
          app.getBean(ManagementService.class));
      warmUp();

      System.gc();
      peakHeapMb = Bench.heapUsedMb();
      int completedBefore = driver.completions();
      long t0 = System.nanoTime();
      for (int i = 0; i < INTERNSHIPS; i++) {
        internship(i);
        peakHeapMb = Math.max(peakHeapMb, Bench.heapUsedMb());
      }
      double replaySeconds = (System.nanoTime() - t0) / 1e9;
      int replayCompletions = driver.completions() - completedBefore;
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

  /** One student internship from submission to stipend, as the demo users. */
  private void internship(int i) {
    StudentInternshipDriver.clock(StudentInternshipDriver.SUBMITTED);
    ProcessInstance pi = driver.submit(StudentInternshipDriver.application(
        TestPesels.random(LocalDate.of(2007, 1 + i % 12, 1 + i % 28), i % 2 == 0), 150L));
    driver.placeAndSign(pi, "STUDENT");
    driver.reachPlannedEnd(pi);
    driver.attendanceToStipend(pi, "ZAS/2026/B" + i);
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
