package pl.vetworkflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.bench.ProgrammeWorkload.Kind;
import pl.vetworkflow.notification.DispatchResult;
import pl.vetworkflow.notification.MailDispatcher;

/**
 * Programme replay: the whole programme's workload ({@link ProgrammeWorkload}: 900 student internships,
 * 140 teacher internships, 40 courses with 660 seats, 100 equipment procurements; 1,200 people) driven
 * case by case (start, then every task as the right demo user, timers fired by the engine clock) in one
 * thread, on embedded PostgreSQL 17 with authorization on, full history and the mail outbox, dispatched
 * to GreenMail at the end. In the same JVM and on the same engine: a bare one-task process started and
 * completed as many times as the replay completed tasks, without authentication or variables. JDBC
 * statements are counted in both parts ({@link StatementCounter}). {@code -Dbench.replay.scale=0.05}
 * replays 5 % of each kind for quick runs.
 */
@Tag("bench")
class ProgrammeReplayBenchTest {
  static final double SCALE = Double.parseDouble(System.getProperty("bench.replay.scale", "0.07"));
  /** Warm-up: 2.5 % of the programme with other people (other PESELs), not measured. */
  static final double WARM_UP_SCALE = 0.025;

  /** CPU time of the driving thread: the JVM side of each part, which other processes on the machine barely change. */
  static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  long peakHeapMb;

  @Test
  void replayTheProgrammeAgainstBareEngine() throws Exception {
    long wall0 = System.nanoTime();
    GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
    try (EmbeddedPostgres postgres = Bench.startPostgres();
         ConfigurableApplicationContext app = Bench.startApplication(postgres,
             Map.of("spring.mail.port", greenMail.getSmtp().getPort()), List.of(StatementCounter.initializer()))) {
      assertThat(app.getBean(javax.sql.DataSource.class)).isInstanceOf(StatementCounter.CountingDataSource.class);
      RuntimeService runtime = app.getBean(RuntimeService.class);
      TaskService tasks = app.getBean(TaskService.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

      ProgrammeWorkload warmUp = new ProgrammeWorkload(app, WARM_UP_SCALE, 1);
      for (int i = 0; i < warmUp.size(); i++) {
        warmUp.finish(warmUp.start(i));
      }

      ProgrammeWorkload programme = new ProgrammeWorkload(app, SCALE, 0);
      Map<Kind, Double> secondsByKind = new EnumMap<>(Kind.class);
      System.gc();
      peakHeapMb = Bench.heapUsedMb();
      List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      Map<String, Long> sql0 = StatementCounter.bySql();
      long statements0 = StatementCounter.executions();
      long batched0 = StatementCounter.batched();
      long t0 = System.nanoTime();
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < programme.size(); i++) {
        long c0 = System.nanoTime();
        double data0 = programme.participantDataSeconds();
        programme.finish(programme.start(i));
        double data = programme.participantDataSeconds() - data0;
        secondsByKind.merge(programme.caseAt(i).kind(), (System.nanoTime() - c0) / 1e9 - data, Double::sum);
        secondsByKind.merge(Kind.PARTICIPANT_DATA, data, Double::sum);
        peakHeapMb = Math.max(peakHeapMb, Bench.heapUsedMb());
      }
      double replaySeconds = (System.nanoTime() - t0) / 1e9;
      double replayCpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
      long replayStatements = StatementCounter.executions() - statements0;
      long replayBatched = StatementCounter.batched() - batched0;
      List<String> replayTop = StatementCounter.top(sql0, StatementCounter.bySql(), 25);
      long poolPeaksMb = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
      int replayCompletions = programme.completions();
      ClockUtil.reset();

      // every case ended; the registry holds each person once
      assertThat(runtime.createProcessInstanceQuery().count()).as("open process instances").isZero();
      long people = jdbc.queryForObject("select count(*) from vet_participant", Long.class);
      long distinct = jdbc.queryForObject("select count(distinct pesel) from vet_participant", Long.class);
      assertThat(distinct).isEqualTo(people);
      assertThat(people).isEqualTo(programme.expectedPeople().size() + warmUp.expectedPeople().size());
      Map<String, Object> byType = new LinkedHashMap<>();
      jdbc.queryForList("select participant_type, count(*) n from vet_participant group by participant_type"
          + " order by participant_type").forEach(r -> byType.put((String) r.get("participant_type"), r.get("n")));

      // the bare engine: same engine, same JVM, no authentication, no variables
      app.getBean(RepositoryService.class).createDeployment().name("bench-bare").addModelInstance("bench-bare.bpmn",
          Bpmn.createExecutableProcess("benchBare").camundaHistoryTimeToLive(1).startEvent().userTask("t")
              .endEvent().done()).deploy();
      bare(runtime, tasks, 200);
      Map<String, Long> bareSql0 = StatementCounter.bySql();
      long bareStatements0 = StatementCounter.executions();
      long bareBatched0 = StatementCounter.batched();
      long b0 = System.nanoTime();
      long bareCpu0 = THREADS.getCurrentThreadCpuTime();
      bare(runtime, tasks, replayCompletions);
      double bareSeconds = (System.nanoTime() - b0) / 1e9;
      double bareCpuSeconds = (THREADS.getCurrentThreadCpuTime() - bareCpu0) / 1e9;
      long bareStatements = StatementCounter.executions() - bareStatements0;
      long bareBatched = StatementCounter.batched() - bareBatched0;
      List<String> bareTop = StatementCounter.top(bareSql0, StatementCounter.bySql(), 25);
      java.nio.file.Files.createDirectories(Bench.DIR);
      java.nio.file.Files.writeString(Bench.DIR.resolve("replay-statements.txt"), "Programme replay, "
          + replayCompletions + " task completions: most executed statements\n" + String.join("\n", replayTop)
          + "\n\nBare engine, " + replayCompletions + " instances started and completed: most executed statements\n"
          + String.join("\n", bareTop) + "\n");

      // the outbox, sent to GreenMail (one dispatch run claims at most 200 batches: run until nothing is left)
      MailDispatcher dispatcher = app.getBean(MailDispatcher.class);
      long m0 = System.nanoTime();
      int sent = 0;
      int failed = 0;
      for (int round = 0; round < 100; round++) {
        DispatchResult result = dispatcher.dispatch(Instant.now().plusSeconds(3600));
        sent += result.sent();
        failed += result.failed() + result.retried();
        if (result.total() == 0) {
          break;
        }
      }
      double mailSeconds = (System.nanoTime() - m0) / 1e9;
      int received = greenMail.getReceivedMessages().length;
      long unsent = jdbc.queryForObject("select count(*) from vet_mail_outbox where status <> 'SENT'", Long.class);
      long outbox = jdbc.queryForObject("select count(*) from vet_mail_outbox", Long.class);
      assertThat(unsent).as("messages not sent").isZero();
      assertThat(failed).isZero();
      assertThat(received).isEqualTo((int) outbox);

      report(programme, warmUp, secondsByKind, replaySeconds, replayCpuSeconds, bareCpuSeconds, replayStatements, replayBatched, replayCompletions,
          bareSeconds, bareStatements, bareBatched, poolPeaksMb, people, byType, outbox, sent, mailSeconds, received,
          (System.nanoTime() - wall0) / 1e9);
    } finally {
      ClockUtil.reset();
      greenMail.stop();
    }
  }

  private static void bare(RuntimeService runtime, TaskService tasks, int n) {
    for (int i = 0; i < n; i++) {
      ProcessInstance pi = runtime.startProcessInstanceByKey("benchBare");
      tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
    }
  }

  private void report(ProgrammeWorkload programme, ProgrammeWorkload warmUp, Map<Kind, Double> secondsByKind,
      double replaySeconds, double replayCpuSeconds, double bareCpuSeconds, long statements, long batched,
      int completions, double bareSeconds, long bareStatements,
      long bareBatched, long poolPeaksMb, long people, Map<String, Object> byType, long outbox, int sent,
      double mailSeconds, int received, double wallSeconds) {
    double lifecycles = programme.size() / replaySeconds;
    double perTask = completions / replaySeconds;
    double barePerTask = completions / bareSeconds;
    Map<Kind, Long> cases = programme.casesByKind();
    Map<Kind, Integer> done = programme.completionsByKind();
    StringBuilder md = new StringBuilder("## 2. Programme replay" + (SCALE == 1.0 ? "" : String.format(
        " (SCALE %.3f of the programme)", SCALE)) + "\n\n");
    md.append(String.format("%d cases end to end (%d student internships, %d teacher internships, %d courses with %d "
            + "seats, %d equipment procurements; %d people, each with the monitoring-data tasks the cases open), %d user-task "
            + "completions as the demo users, %d timers "
            + "fired with the engine clock, one thread, after a warm-up of %d cases with other people. Each case is "
            + "started and finished before the next; the kinds are interleaved in a fixed order.%n%n",
        programme.size(), cases.getOrDefault(Kind.STUDENT_INTERNSHIP, 0L), cases.getOrDefault(Kind.TEACHER_INTERNSHIP, 0L),
        cases.getOrDefault(Kind.COURSE, 0L), programme.seats(), cases.getOrDefault(Kind.PROCUREMENT, 0L),
        programme.expectedPeople().size(), completions, programme.timersFired(), warmUp.size()));
    md.append("| Figure | Value |\n|---|---:|\n");
    md.append(String.format("| replay wall time | %.1f s |%n", replaySeconds));
    md.append(String.format("| lifecycles per second | %.2f |%n", lifecycles));
    md.append(String.format("| task completions per second (programme) | %.1f |%n", perTask));
    md.append(String.format("| bare engine: same number of one-task instances, started + completed, per second | %.1f |%n",
        barePerTask));
    md.append(String.format("| **ratio programme / bare, per task (goal ≥ 0.6)** | **%.2f** |%n", perTask / barePerTask));
    int dataTasks = done.getOrDefault(Kind.PARTICIPANT_DATA, 0);
    double dataSeconds = secondsByKind.getOrDefault(Kind.PARTICIPANT_DATA, 0.0);
    md.append(String.format("| ratio without the %d monitoring-data tasks (participant data, DU: comparable with runs "
        + "before that process) | %.2f |%n", dataTasks,
        (completions - dataTasks) / (replaySeconds - dataSeconds) / barePerTask));
    md.append(String.format("| CPU time of the driving thread per task completion, programme / bare engine (JVM side "
        + "only, hardly changed by other processes on the machine) | %.1f ms / %.1f ms |%n",
        1000 * replayCpuSeconds / completions, 1000 * bareCpuSeconds / completions));
    md.append(String.format("| ratio by the driving thread's CPU time, bare / programme | %.2f |%n",
        bareCpuSeconds / replayCpuSeconds));
    md.append(String.format("| JDBC statements per task completion, programme (executions; + statements in batches) | "
        + "%.1f (+ %.1f) |%n", statements / (double) completions, batched / (double) completions));
    md.append(String.format("| JDBC statements per task completion, bare engine (start + query + complete) | "
        + "%.1f (+ %.1f) |%n", bareStatements / (double) completions, bareBatched / (double) completions));
    md.append(String.format("| peak heap used during the replay (sampled after each lifecycle; sum of heap pools' peaks) "
        + "| %d MB; %d MB |%n", peakHeapMb, poolPeaksMb));
    md.append(String.format("| participant registry afterwards (each PESEL once) | %d people %s, of them %d from the "
        + "warm-up |%n", people, byType, warmUp.expectedPeople().size()));
    md.append(String.format("| outbox dispatched to GreenMail afterwards | %d messages: %d sent in %.1f s, "
        + "GreenMail received %d |%n", outbox, sent, mailSeconds, received));
    md.append(String.format("| whole test (database, application, warm-up, replay, bare, mail) | %.0f s |%n%n",
        wallSeconds));
    md.append("| Kind | Cases | Task completions | Completions per case | Seconds | Completions per second |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    for (Kind kind : Kind.values()) {
      long n = cases.getOrDefault(kind, 0L);
      int c = done.getOrDefault(kind, 0);
      double s = secondsByKind.getOrDefault(kind, 0.0);
      md.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f |%n", kind.name().toLowerCase().replace('_', ' '), n,
          c, n == 0 ? 0 : c / (double) n, s, s == 0 ? 0 : c / s));
    }
    Bench.writeSection("2-replay", md.toString());
  }
}
