package pl.vetworkflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL drive the workload together ({@link BenchNode}: each a JVM
 * of its own with the job executor and the scheduled mail dispatch on, as in production).
 *
 * <ol>
 *   <li>one node drives N cases; then two nodes drive N other cases, each every second one: the
 *       speed-up is the ratio of the wall times;</li>
 *   <li>two nodes again, and one is killed (kill -9) when half of its cases are done: the survivor
 *       finishes its own share, starts the dead node's cases that never started, and then sweeps
 *       every case still open (the dead node's half-done ones; its job locks run out after
 *       {@value BenchNode#JOB_LOCK_MILLIS} ms, its mail claims after
 *       {@value BenchNode#MAIL_LEASE_SECONDS} s).</li>
 * </ol>
 *
 * After each run, once the outbox has drained to GreenMail, the shared database is checked: no job
 * executed successfully twice, every outbox message sent once and received once (no duplicate
 * Message-ID), every started case ended and nothing left in the runtime tables.
 *
 * <p>The nodes start one after the other (node 2 once node 1 is ready): node 1 creates the engine
 * schema, runs the Flyway migrations and the initial data before anything is timed. The sweep is
 * ordered by this test (only once the other nodes are done or dead), so a sweeping node never
 * competes with a live node for the same case.
 */
@Tag("bench")
class TwoNodeBenchTest {
  static final int CASES = Integer.getInteger("bench.nodes.cases", 30);
  static final int WARMUP = Integer.getInteger("bench.nodes.warmup", 6);
  static final Duration STARTUP = Duration.ofMinutes(5);
  static final Duration RUN = Duration.ofMinutes(15);

  private GreenMail greenMail;
  private DataSource db;
  private final List<Checks> checks = new ArrayList<>();

  /** Also start two nodes at the same moment on a fresh database, and report whether both come up. */
  static final boolean START_RACE = Boolean.getBoolean("bench.nodes.start-race");

  /** Figures of one timed run. */
  record Timed(String name, int nodes, int cases, int completions, double seconds, double machineBusy,
      double nodeCpuSeconds) {
    double casesPerSecond() {
      return cases / seconds;
    }

    double completionsPerSecond() {
      return completions / seconds;
    }
  }

  /** The database and GreenMail after a run (cumulative since the start of the bench). */
  record Checks(String after, long reportedStarted, long rootsInDb, long rootsOpen, long runtimeExecutions,
      long runtimeTasks, long runtimeJobs, long jobSuccesses, long jobsExecutedTwice, long jobFailures,
      long timerFirings, long timersFiredByOtherNode, long outboxSent, long outboxOther, long outboxReclaimed,
      int greenMailReceived,
      int distinctMessageIds, double drainSeconds) {}

  @Test
  void twoNodesShareTheWorkloadAndOneFinishesWhatAKilledNodeLeft() throws Exception {
    greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
    int smtpPort = greenMail.getSmtp().getPort();
    NodeProcess node1 = null;
    NodeProcess node2 = null;
    try (EmbeddedPostgres postgres = Bench.startPostgres()) {
      db = postgres.getPostgresDatabase();
      String url = postgres.getJdbcUrl("postgres", "postgres");

      String startRace = START_RACE ? startRace(postgres, smtpPort) : null;

      node1 = NodeProcess.launch("node1", url, smtpPort, "two-nodes-node1");
      node1.awaitReady(STARTUP);
      int n = Math.min(CASES, (node1.size() - 2 * WARMUP) / 3);
      int next = 0;
      node1.run("warmup1", range(next, WARMUP));
      NodeProcess.Result w1 = node1.awaitRan("warmup1", RUN);
      next += WARMUP;
      settle("warm-up of node 1", 0, node1);

      // (a) one node
      List<Integer> aCases = range(next, n);
      next += n;
      long a0 = System.nanoTime();
      CpuSample aCpu = CpuSample.now();
      double aNodeCpu = node1.cpuSeconds();
      node1.run("a", aCases);
      NodeProcess.Result a = node1.awaitRan("a", RUN);
      Timed one = new Timed("one node", 1, a.cases(), a.completions(), seconds(a0), CpuSample.now().busySince(aCpu),
          node1.cpuSeconds() - aNodeCpu);
      settle("one node", 0, node1);

      // (b) two nodes
      node2 = NodeProcess.launch("node2", url, smtpPort, "two-nodes-node2");
      node2.awaitReady(STARTUP);
      node2.run("warmup2", range(next, WARMUP));
      NodeProcess.Result w2 = node2.awaitRan("warmup2", RUN);
      next += WARMUP;
      settle("warm-up of node 2", 0, node1, node2);

      List<Integer> bCases = range(next, n);
      next += n;
      long b0 = System.nanoTime();
      CpuSample bCpu = CpuSample.now();
      double bNodeCpu = node1.cpuSeconds() + node2.cpuSeconds();
      node1.run("b", share(bCases, 0));
      node2.run("b", share(bCases, 1));
      NodeProcess.Result b1 = node1.awaitRan("b", RUN);
      NodeProcess.Result b2 = node2.awaitRan("b", RUN);
      Timed two = new Timed("two nodes", 2, b1.cases() + b2.cases(), b1.completions() + b2.completions(), seconds(b0),
          CpuSample.now().busySince(bCpu), node1.cpuSeconds() + node2.cpuSeconds() - bNodeCpu);
      settle("two nodes", 0, node1, node2);

      // (c) two nodes, node 2 killed half-way through its share
      List<Integer> cCases = range(next, n);
      List<Integer> c1 = share(cCases, 0);
      List<Integer> c2 = share(cCases, 1);
      long c0 = System.nanoTime();
      node1.run("c", c1);
      node2.run("c", c2);
      NodeProcess victim = node2;
      // kill in the middle of a case: half of its share done, the next case started, half a case's time later
      awaitCondition(() -> finishedOf(victim, c2) >= c2.size() / 2, RUN, "node 2 half done");
      double perCase = seconds(c0) / Math.max(1, finishedOf(victim, c2));
      awaitCondition(() -> startedOf(victim, c2) > finishedOf(victim, c2) || finishedOf(victim, c2) == c2.size(),
          RUN, "node 2 starting its next case");
      NodeProcess.sleep((long) (perCase * 500));
      victim.kill();
      double killedAt = seconds(c0);
      int victimFinished = finishedOf(victim, c2);
      int victimStarted = startedOf(victim, c2);
      long openAtKill = count("select count(*) from act_hi_procinst where super_process_instance_id_ is null"
          + " and end_time_ is null");
      long lockedAtKill = count("select count(*) from act_ru_job where lock_owner_ is not null");
      long sendingAtKill = count("select count(*) from vet_mail_outbox where status = 'SENDING'");
      NodeProcess.Result c1Own = node1.awaitRan("c", RUN);
      List<Integer> neverStarted = c2.stream().filter(i -> !victim.started().contains(i)).toList();
      node1.run("c-takeover", neverStarted);
      NodeProcess.Result takeover = node1.awaitRan("c-takeover", RUN);
      node1.sweep("c-sweep");
      NodeProcess.Result sweep = node1.awaitSwept("c-sweep", RUN);
      double cSeconds = seconds(c0);
      // a case the dead node had started but not yet reported is started again by the survivor
      Checks afterKill = settle("kill of node 2", 1, node1, node2);

      List<NodeProcess.Result> all = List.of(w1, a, w2, b1, b2, c1Own, takeover, sweep);
      report(node1, node2, n, startRace, one, two, b1, b2, all, new KillRun(c1.size(), c2.size(), killedAt, victimStarted,
          victimFinished, openAtKill, lockedAtKill, sendingAtKill, c1Own, takeover, sweep, cSeconds, afterKill));
      assertThat(afterKill.rootsOpen()).isZero();
    } finally {
      if (node2 != null) {
        node2.close();
      }
      if (node1 != null) {
        node1.close();
      }
      greenMail.stop();
    }
  }

  /**
   * Two nodes started at the same moment on a fresh database (schema, migrations, deployment, demo
   * users, filters, reference data all at once). Reported, not asserted: the timed runs start the
   * nodes one after the other.
   */
  private String startRace(EmbeddedPostgres postgres, int smtpPort) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database start_race");
    }
    String url = postgres.getJdbcUrl("postgres", "start_race");
    long t0 = System.nanoTime();
    try (NodeProcess a = NodeProcess.launch("race1", url, smtpPort, "two-nodes-race1");
         NodeProcess b = NodeProcess.launch("race2", url, smtpPort, "two-nodes-race2")) {
      awaitCondition(() -> (a.isReady() || !a.isAlive()) && (b.isReady() || !b.isAlive()), STARTUP,
          "both racing nodes ready or ended");
      String result = String.format("two nodes started at the same moment on a fresh database: node A %s, node B %s"
          + " (%.1f s).", a.isReady() ? "ready" : "FAILED", b.isReady() ? "ready" : "FAILED", seconds(t0));
      if (a.isReady() && b.isReady()) {
        result += " What the two start-ups left in the database: " + raceDuplicates(postgres.getDatabase("postgres",
            "start_race")) + ".";
      }
      System.out.println("[two-nodes] " + result);
      return result + (a.isReady() && b.isReady() ? "" : " See target/bench/two-nodes-race*.log.");
    }
  }

  /** Initial data a racing start-up could have created twice (each step checks, then creates). */
  private static String raceDuplicates(DataSource race) throws SQLException {
    String[][] queries = {
        {"deployments", "select count(*) from act_re_deployment"},
        {"process/decision definitions with the same key and version", "select count(*) from (select key_, version_"
            + " from act_re_procdef group by key_, version_ having count(*) > 1) d"},
        {"Tasklist filters with the same name", "select count(*) from (select name_ from act_ru_filter group by name_"
            + " having count(*) > 1) d"},
        {"filters", "select count(*) from act_ru_filter"},
        {"users", "select count(*) from act_id_user"},
        {"groups", "select count(*) from act_id_group"},
        {"authorizations", "select count(*) from act_ru_authorization"},
        {"schools", "select count(*) from vet_school"},
        {"Flyway migrations applied", "select count(*) from flyway_schema_history where success"}};
    List<String> parts = new ArrayList<>();
    try (Connection c = race.getConnection(); Statement s = c.createStatement()) {
      for (String[] q : queries) {
        try (ResultSet rs = s.executeQuery(q[1])) {
          rs.next();
          parts.add(q[0] + " " + rs.getLong(1));
        } catch (SQLException e) {
          parts.add(q[0] + " ? (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
      }
    }
    return String.join(", ", parts);
  }

  record KillRun(int survivorShare, int victimShare, double killedAt, int victimStarted, int victimFinished,
      long openAtKill, long lockedAtKill, long sendingAtKill, NodeProcess.Result own, NodeProcess.Result takeover,
      NodeProcess.Result sweep, double seconds, Checks checks) {}

  /**
   * Waits until the outbox has drained (the nodes' scheduled dispatch) and GreenMail has what was
   * sent, then checks the shared database and asserts: no job executed successfully twice; every
   * message delivered and none created twice; a message delivered twice only if a killed node's claim
   * on it ran out; no case lost. {@code mayExceed}: cases started but not reported (a killed node's
   * last start), 0 unless a node was killed.
   */
  private Checks settle(String after, int mayExceed, NodeProcess... nodes) {
    boolean killed = mayExceed > 0;
    long d0 = System.nanoTime();
    awaitCondition(() -> count("select count(*) from vet_mail_outbox where status in ('PENDING', 'SENDING')") == 0,
        Duration.ofMinutes(3), "outbox drained after " + after);
    long sent = count("select count(*) from vet_mail_outbox where status = 'SENT'");
    awaitCondition(() -> greenMail.getReceivedMessages().length >= sent, Duration.ofSeconds(20),
        "GreenMail received what was sent after " + after);
    NodeProcess.sleep(500); // anything received late (a duplicate) shows up too
    double drain = seconds(d0);
    MimeMessage[] received = greenMail.getReceivedMessages();
    Set<String> ids = new HashSet<>();
    for (MimeMessage m : received) {
      try {
        ids.add(m.getMessageID());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    long reported = 0;
    for (NodeProcess node : nodes) {
      reported += node.started().size();
    }
    Checks c = new Checks(after, reported,
        // cases the nodes started; the monitoring-data cases (DU) start by themselves for the cases' people
        count("select count(*) from act_hi_procinst where super_process_instance_id_ is null"
            + " and proc_def_key_ <> 'participant-data'"),
        count("select count(*) from act_hi_procinst where end_time_ is null"),
        count("select count(*) from act_ru_execution"),
        count("select count(*) from act_ru_task"),
        count("select count(*) from act_ru_job where process_instance_id_ is not null"),
        count("select count(*) from act_hi_job_log where job_state_ = 2"),
        count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_"
            + " having count(*) > 1) twice"),
        count("select count(*) from act_hi_job_log where job_state_ = 1"),
        count("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ = 'plannedEndReached'"),
        count("select count(*) from act_hi_job_log fired join act_hi_job_log created on created.job_id_ = fired.job_id_"
            + " and created.job_state_ = 0 where fired.job_state_ = 2 and fired.act_id_ in ('plannedEndReached',"
            + " 'courseStarts', 'courseEnded', 'offerDeadlineReached')"
            + " and fired.hostname_ <> created.hostname_"),
        sent,
        count("select count(*) from vet_mail_outbox where status <> 'SENT'"),
        count("select count(*) from vet_mail_outbox where attempts > 1"),
        received.length, ids.size(), drain);
    checks.add(c);
    System.out.println("[two-nodes] after " + after + ": " + c);
    assertThat(c.jobsExecutedTwice()).as("jobs executed successfully more than once, after %s", after).isZero();
    assertThat(c.outboxOther()).as("outbox messages not SENT, after %s", after).isZero();
    // every message delivered, none lost and none created twice: one Message-ID per SENT row
    assertThat(c.distinctMessageIds()).as("distinct Message-IDs received == outbox SENT, after %s", after)
        .isEqualTo(c.outboxSent());
    // delivery is at least once (MailDispatcher): a node killed between the SMTP server's acceptance and
    // the SENT mark leaves its claim to run out, and the survivor sends that message again with the same
    // Message-ID; only messages claimed again may arrive twice, and only after a kill
    assertThat((long) c.greenMailReceived() - c.distinctMessageIds())
        .as("messages delivered twice (same Message-ID), after %s; messages claimed again: %d", after, c.outboxReclaimed())
        .isLessThanOrEqualTo(killed ? c.outboxReclaimed() : 0L);
    assertThat(c.rootsOpen()).as("process instances not ended, after %s", after).isZero();
    assertThat(c.runtimeExecutions()).as("ACT_RU_EXECUTION rows, after %s", after).isZero();
    assertThat(c.runtimeTasks()).as("ACT_RU_TASK rows, after %s", after).isZero();
    assertThat(c.runtimeJobs()).as("ACT_RU_JOB rows of process instances, after %s", after).isZero();
    assertThat(c.rootsInDb()).as("cases in the database vs started as reported by the nodes, after %s", after)
        .isBetween(c.reportedStarted(), c.reportedStarted() + mayExceed);
    assertThat(c.timerFirings()).as("planned-end timer fired once per case, after %s", after)
        .isLessThanOrEqualTo(c.rootsInDb());
    return c;
  }

  private void report(NodeProcess node1, NodeProcess node2, int n, String startRace, Timed one, Timed two, NodeProcess.Result b1,
      NodeProcess.Result b2, List<NodeProcess.Result> all, KillRun k) {
    double speedUp = one.seconds() / two.seconds();
    StringBuilder md = new StringBuilder("## 3. Two nodes\n\n");
    md.append(String.format("Workload `%s`, %d cases a run. Each node is a JVM of its own (-Xmx768m) running the"
        + " whole application (test profile: demo users, authorization on, full history) with the job executor"
        + " (job lock time %d s) and the scheduled mail dispatch (every 1 s, lease %d s) on, all on one embedded"
        + " PostgreSQL 17 and one GreenMail; one driving thread per node, node i takes every second case."
        + " Node start-up to ready: node 1 %.1f s, node 2 %.1f s (node 2 starts once node 1 is ready; each node"
        + " drives %d warm-up cases first, not timed).%n%n", node1.workload(), n, BenchNode.JOB_LOCK_MILLIS / 1000,
        BenchNode.MAIL_LEASE_SECONDS, node1.startupSeconds(), node2.startupSeconds(), WARMUP));
    md.append(startRace != null ? "Start-up race: " + startRace + "\n\n"
        : "Start-up race not run this time (`-Dbench.nodes.start-race=true`: two nodes started at the same moment"
          + " on a fresh database of the same server).\n\n");
    md.append(String.format("| Run | Nodes | Cases | Wall time | Cases/s | Task completions/s | Speed-up"
        + " | Machine CPU busy (%d cores) | CPU of the node JVMs | CPU of the rest (PostgreSQL, test JVM) |%n",
        Runtime.getRuntime().availableProcessors()));
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    md.append(row(one, "1.00"));
    md.append(row(two, String.format("**%.2f×** (goal ≥ 1.6)", speedUp)));
    md.append(String.format("%nTwo nodes, per node: node 1 %d cases in %.1f s, node 2 %d cases in %.1f s.%n%n",
        b1.cases(), b1.millis() / 1000.0, b2.cases(), b2.millis() / 1000.0));
    md.append("### Kill run\n\n| Figure | Value |\n|---|---|\n");
    md.append(String.format("| cases | %d (node 1: %d, node 2: %d) |%n", k.survivorShare() + k.victimShare(),
        k.survivorShare(), k.victimShare()));
    md.append(String.format("| node 2 killed (kill -9) | %.1f s into the run, after finishing %d of its %d cases"
        + " (%d started) |%n", k.killedAt(), k.victimFinished(), k.victimShare(), k.victimStarted()));
    md.append(String.format("| left at the kill | %d open cases in the database (both nodes), %d jobs locked,"
        + " %d messages being sent |%n", k.openAtKill(), k.lockedAtKill(), k.sendingAtKill()));
    md.append(String.format("| survivor: its own share | %d cases in %.1f s |%n", k.own().cases(),
        k.own().millis() / 1000.0));
    md.append(String.format("| survivor: node 2's cases that never started | %d cases in %.1f s |%n",
        k.takeover().cases(), k.takeover().millis() / 1000.0));
    md.append(String.format("| survivor: sweep of the cases left open | %d cases, %d task completions, %.1f s |%n",
        k.sweep().cases(), k.sweep().completions(), k.sweep().millis() / 1000.0));
    md.append(String.format("| wall time, start to all cases ended | %.1f s |%n", k.seconds()));
    md.append(String.format("| cases in the database / reported started by the nodes | %d / %d |%n%n",
        k.checks().rootsInDb(), k.checks().reportedStarted()));
    md.append("### Checks (cumulative, after each run and once the outbox has drained)\n\n");
    md.append("| After | Cases started (nodes / database) | Not ended | ACT_RU_EXECUTION / TASK / JOB rows"
        + " | Jobs executed (successful) | Jobs executed twice | Job failures | Planned-end timers fired"
        + " | Timers fired by the node that did not create them | Outbox SENT / not SENT | Claimed more than once | GreenMail received | Distinct Message-IDs"
        + " | Drain wait |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Checks c : checks) {
      md.append(String.format("| %s | %d / %d | %d | %d / %d / %d | %d | **%d** | %d | %d | %d | %d / %d | %d | %d | %d"
          + " | %.1f s |%n",
          c.after(), c.reportedStarted(), c.rootsInDb(), c.rootsOpen(), c.runtimeExecutions(), c.runtimeTasks(),
          c.runtimeJobs(), c.jobSuccesses(), c.jobsExecutedTwice(), c.jobFailures(), c.timerFirings(),
          c.timersFiredByOtherNode(), c.outboxSent(), c.outboxOther(), c.outboxReclaimed(), c.greenMailReceived(), c.distinctMessageIds(),
          c.drainSeconds()));
    }
    md.append("\nAsserted after each run: no job with two successful executions in ACT_HI_JOB_LOG; every outbox"
        + " message SENT and GreenMail received one distinct Message-ID per SENT message, none twice (after the kill:"
        + " only a message whose claim the survivor took over, with the same Message-ID); every case (root"
        + " process instance) ended, nothing left in ACT_RU_EXECUTION, ACT_RU_TASK or ACT_RU_JOB; cases in the"
        + " database = cases the nodes reported started (after the kill: at most one more, a start the dead node"
        + " committed but could not report, which the survivor then started again).\n");
    md.append(String.format("%nTimers of a case fired by a job executor (the driving node's own, or the other"
        + " node's on its own engine clock: column \"Timers fired by the node that did not create them\") while the"
        + " driving node was about to fire them itself; it found the case moved on and went on from there: %d in all"
        + " runs.%s%n", all.stream().mapToInt(NodeProcess.Result::timersFiredMeanwhile).sum(),
        System.getProperty(BenchNode.MAX_WAIT_PROPERTY) == null ? ""
            : " Idle job executors looked for due jobs every " + System.getProperty(BenchNode.MAX_WAIT_PROPERTY)
              + " ms (`-D" + BenchNode.MAX_WAIT_PROPERTY + "`)."));
    Bench.writeSection("3-two-nodes", md.toString());
  }

  private static String row(Timed t, String speedUp) {
    double cores = Runtime.getRuntime().availableProcessors();
    double machineCpuSeconds = t.machineBusy() * cores * t.seconds();
    return String.format("| %s | %d | %d | %.1f s | %.2f | %.1f | %s | %.0f %% | %.1f s | %.1f s |%n", t.name(), t.nodes(),
        t.cases(), t.seconds(), t.casesPerSecond(), t.completionsPerSecond(), speedUp, 100 * t.machineBusy(),
        t.nodeCpuSeconds(), Math.max(0, machineCpuSeconds - t.nodeCpuSeconds()));
  }

  /** Machine-wide CPU time (Linux /proc/stat, clock ticks): busy = everything but idle and I/O wait. */
  record CpuSample(long busy, long total) {
    static CpuSample now() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i <= 8 && i < f.length; i++) { // user nice system idle iowait irq softirq steal
          total += Long.parseLong(f[i]);
        }
        return new CpuSample(total - Long.parseLong(f[4]) - Long.parseLong(f[5]), total);
      } catch (IOException | RuntimeException e) {
        return new CpuSample(0, 0);
      }
    }

    /** Share of the machine's CPU capacity busy since {@code before} (0..1; 0 where /proc/stat is missing). */
    double busySince(CpuSample before) {
      long total = this.total - before.total;
      return total <= 0 ? 0 : (double) (busy - before.busy) / total;
    }
  }

  private static int finishedOf(NodeProcess node, List<Integer> cases) {
    return (int) cases.stream().filter(node.finished()::contains).count();
  }

  private static int startedOf(NodeProcess node, List<Integer> cases) {
    return (int) cases.stream().filter(node.started()::contains).count();
  }

  private static List<Integer> range(int from, int count) {
    return IntStream.range(from, from + count).boxed().toList();
  }

  /** Every second case of a run, starting with the {@code index}-th: node i drives the cases i, i+2, ... */
  private static List<Integer> share(List<Integer> cases, int index) {
    List<Integer> share = new ArrayList<>();
    for (int j = index; j < cases.size(); j += 2) {
      share.add(cases.get(j));
    }
    return share;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private long count(String sql) {
    try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void awaitCondition(java.util.function.BooleanSupplier condition, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + timeout + ": " + what);
      }
      NodeProcess.sleep(50);
    }
  }
}
