package pl.vetworkflow.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import pl.vetworkflow.VetWorkflowApplication;

/**
 * One application node of the two-node bench, run as its own JVM by {@link TwoNodeBenchTest}: the
 * whole application (test profile: demo users, authorization on, full history) on the shared
 * PostgreSQL, with the job executor and the scheduled mail dispatch on, like a production node.
 *
 * <p>Arguments: JDBC URL, SMTP port, node name. Protocol: the node prints {@code BENCHNODE ready
 * size=<n>} and then reads commands from standard input, one a line:
 * <ul>
 *   <li>{@code run <label> <i,j,...>}: start and finish each case, one after the other, printing
 *       {@code started <i>} and {@code finished <i>}; at the end {@code ran <label> cases=..
 *       completions=.. ms=.. fired-meanwhile=..} (timers a job executor fired while the node was about to,
 *       {@link Workload#timersFiredMeanwhile});</li>
 *   <li>{@code sweep <label>}: finish every open case (root process instance) in the database, e.g.
 *       those a dead node left half-done; prints {@code swept <label> cases=.. completions=.. ms=..
 *       fired-meanwhile=..};</li>
 *   <li>{@code exit}: closes the application.</li>
 * </ul>
 * A failed command prints {@code error <label> <message>}.
 */
public final class BenchNode {
  /** The workload the nodes drive: switch to another {@link Workload} here. */
  static final Function<ApplicationContext, Workload> WORKLOAD =
      app -> new ProgrammeWorkload((ConfigurableApplicationContext) app);

  static final String PREFIX = "BENCHNODE ";
  /** Job lock time of the nodes: the jobs a dead node had locked are taken over after this. */
  static final int JOB_LOCK_MILLIS = 20_000;
  /** Mail claim lease of the nodes: the messages a dead node had claimed are sent by others after this. */
  static final int MAIL_LEASE_SECONDS = 20;
  /** System property of the bench (passed on to the nodes): the longest wait of an idle job executor, ms. */
  static final String MAX_WAIT_PROPERTY = "bench.nodes.job-max-wait-ms";

  private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
      true, StandardCharsets.UTF_8);

  private BenchNode() {}

  public static void main(String[] args) throws Exception {
    String jdbcUrl = args[0];
    int smtpPort = Integer.parseInt(args[1]);
    String node = args[2];
    ConfigurableApplicationContext app = start(jdbcUrl, smtpPort, node);
    Workload workload = WORKLOAD.apply(app);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    say("ready size=" + workload.size() + " workload=" + workload.getClass().getSimpleName());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      String[] part = line.trim().split(" ");
      String label = part.length > 1 ? part[1] : "";
      try {
        switch (part[0]) {
          case "run" -> run(workload, label, part.length > 2 ? part[2] : "");
          case "sweep" -> sweep(workload, runtime, label);
          case "exit" -> {
            app.close();
            say("bye");
            System.exit(0);
          }
          default -> say("error " + label + " unknown command: " + line);
        }
      } catch (RuntimeException | Error e) {
        e.printStackTrace(OUT);
        say("error " + label + " " + String.valueOf(e).replaceAll("\\s+", " "));
      }
    }
    app.close();
    System.exit(0);
  }

  private static ConfigurableApplicationContext start(String jdbcUrl, int smtpPort, String node) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("spring.datasource.url", jdbcUrl);
    all.put("spring.datasource.username", "postgres");
    all.put("spring.datasource.password", "postgres");
    all.put("spring.datasource.hikari.maximum-pool-size", 10);
    all.put("server.port", 0);
    all.put("spring.mail.host", "localhost");
    all.put("spring.mail.port", smtpPort);
    all.put("camunda.bpm.job-execution.enabled", true);
    all.put("camunda.bpm.job-execution.lock-time-in-millis", JOB_LOCK_MILLIS);
    all.put("vet.mail.dispatch.scheduled", true);
    all.put("vet.mail.dispatch.interval", "1s");
    all.put("vet.mail.dispatch.lease", MAIL_LEASE_SECONDS + "s");
    all.put("vet.mail.node-id", node);
    // the engine's host name in the job log (ACT_HI_JOB_LOG.HOSTNAME_): which node created and which fired a job
    all.put("camunda.bpm.generic-properties.properties.hostname", node);
    // -Dbench.nodes.job-max-wait-ms: an idle job executor looks for due jobs at least this often (default: after
    // 5 s, doubling up to 60 s), so that each node's job executor meets the other node's due timers more often
    String maxWait = System.getProperty(MAX_WAIT_PROPERTY);
    if (maxWait != null) {
      all.put("camunda.bpm.job-execution.wait-time-in-millis", maxWait);
      all.put("camunda.bpm.job-execution.max-wait", maxWait);
    }
    all.put("logging.level.org.camunda.bpm.engine.context", "warn");
    all.put("logging.level.org.camunda.bpm.engine.jobexecutor", "warn");
    String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(VetWorkflowApplication.class).profiles("test").run(args);
  }

  private static void run(Workload workload, String label, String cases) {
    long t0 = System.nanoTime();
    int before = workload.completions();
    int racedBefore = workload.timersFiredMeanwhile();
    int done = 0;
    for (String c : cases.split(",")) {
      if (c.isBlank()) {
        continue;
      }
      int i = Integer.parseInt(c);
      String pid = workload.start(i);
      say("started " + i);
      workload.finish(pid);
      say("finished " + i);
      done++;
    }
    say("ran " + label + " cases=" + done + " completions=" + (workload.completions() - before) + " ms="
        + (System.nanoTime() - t0) / 1_000_000 + " fired-meanwhile=" + (workload.timersFiredMeanwhile() - racedBefore));
  }

  /** Finishes every open case; cases can appear while it runs (none should), so it looks until none is left. */
  private static void sweep(Workload workload, RuntimeService runtime, String label) {
    long t0 = System.nanoTime();
    int before = workload.completions();
    int racedBefore = workload.timersFiredMeanwhile();
    List<String> swept = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      List<String> open = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
          .map(ProcessInstance::getId).toList();
      if (open.isEmpty()) {
        break;
      }
      for (String pid : open) {
        workload.finish(pid);
        swept.add(pid);
        say("swept-case " + pid);
      }
    }
    say("swept " + label + " cases=" + swept.size() + " completions=" + (workload.completions() - before) + " ms="
        + (System.nanoTime() - t0) / 1_000_000 + " fired-meanwhile=" + (workload.timersFiredMeanwhile() - racedBefore));
  }

  private static void say(String line) {
    OUT.println(PREFIX + line);
  }
}
