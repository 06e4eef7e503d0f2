package pl.vetworkflow.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import pl.vetworkflow.testsupport.StudentInternshipDriver;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * Profiling aid: counts the SQL statements of student internships (MyBatis statements of the engine
 * by statement id, JdbcTemplate statements of the application by SQL) after a warm-up, per task
 * completion. Not part of the benchmark run; on demand:
 * {@code mvn -Pbench verify -Dtest=StatementProfileBenchTest -Dsurefire.failIfNoSpecifiedTests=false -Dbench.profile=true}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.profile", matches = "true")
class StatementProfileBenchTest {
  static final int INTERNSHIPS = Integer.getInteger("bench.profile.internships", 10);

  static final class Counter extends AppenderBase<ILoggingEvent> {
    final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    volatile boolean on;

    @Override
    protected void append(ILoggingEvent e) {
      if (!on) {
        return;
      }
      String msg = e.getFormattedMessage();
      String key = null;
      if (msg.startsWith("==>  Preparing:") || msg.startsWith("==>  Executing:")) {
        key = e.getLoggerName().replace("org.camunda.bpm.engine.impl.persistence.entity.", "");
      } else if (e.getLoggerName().equals("org.springframework.jdbc.core.JdbcTemplate")
          && msg.startsWith("Executing prepared SQL statement")) {
        key = "jdbc: " + msg.substring(msg.indexOf('[') + 1, Math.min(msg.length(), msg.indexOf('[') + 90));
      }
      if (key != null) {
        key = key + "  <-  " + origin();
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      }
    }
  }

  /** The product frame (or engine command) that caused the statement. */
  static String origin() {
    String command = "?";
    StackTraceElement[] trace = new Throwable().getStackTrace();
    for (StackTraceElement f : trace) {
      String c = f.getClassName();
      if (c.startsWith("pl.vetworkflow") && !c.contains(".bench.") && !c.contains(".testsupport.")
          && !c.endsWith("FormSubmissionGuard") && !c.endsWith("SubmissionGuard") && !c.endsWith("QueryExpressionGuard")
          && !c.endsWith("TaskSearch") && !c.endsWith("NewTasks")) {
        return c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName();
      }
    }
    for (StackTraceElement f : trace) {
      String c = f.getClassName();
      if (c.startsWith("org.camunda.bpm.engine.impl.cmd.") || c.endsWith("Cmd")) {
        command = c.substring(c.lastIndexOf('.') + 1);
        break;
      }
    }
    for (StackTraceElement f : trace) {
      String c = f.getClassName();
      if (c.endsWith("FormSubmissionGuard") && !f.getMethodName().equals("execute")) {
        return "FormSubmissionGuard." + f.getMethodName();
      }
    }
    return "engine:" + command;
  }

  @Test
  void countStatements() throws Exception {
    GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    try (EmbeddedPostgres postgres = Bench.startPostgres();
         ConfigurableApplicationContext app = Bench.startApplication(postgres, Map.of())) {
      StudentInternshipDriver driver = new StudentInternshipDriver(app.getBean(RuntimeService.class),
          app.getBean(TaskService.class), app.getBean(IdentityService.class), app.getBean(ManagementService.class));
      driver.attachingScans(app.getBean(pl.vetworkflow.document.Attachments.class),
          app.getBean(org.camunda.bpm.engine.HistoryService.class),
          app.getBean(org.camunda.bpm.engine.RepositoryService.class));
      for (int i = 0; i < 5; i++) {
        internship(driver, 100_000 + i);
      }
      LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
      Counter counter = new Counter();
      counter.setContext(ctx);
      counter.start();
      for (String name : new String[] {"org.camunda.bpm.engine.impl.persistence.entity",
          "org.camunda.bpm.engine.impl.history.event", "org.camunda.bpm.engine.impl.cmmn.entity",
          "org.camunda.bpm.engine.impl.dmn.entity", "org.camunda.bpm.engine.impl.batch",
          "org.springframework.jdbc.core.JdbcTemplate"}) {
        Logger l = ctx.getLogger(name);
        l.setLevel(Level.DEBUG);
        l.addAppender(counter);
      }
      int before = driver.completions();
      counter.on = true;
      for (int i = 0; i < INTERNSHIPS; i++) {
        internship(driver, i);
      }
      counter.on = false;
      int completions = driver.completions() - before;
      ClockUtil.reset();
      int total = counter.counts.values().stream().mapToInt(AtomicInteger::get).sum();
      StringBuilder sb = new StringBuilder(String.format("%n=== %d internships, %d completions, %d statements, %.1f per completion%n",
          INTERNSHIPS, completions, total, total / (double) completions));
      new TreeMap<>(counter.counts).entrySet().stream()
          .sorted((a, b) -> b.getValue().get() - a.getValue().get())
          .forEach(e -> sb.append(String.format("%7.2f  %5d  %s%n", e.getValue().get() / (double) completions,
              e.getValue().get(), e.getKey())));
      System.out.println(sb);
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "statement-profile.txt"), sb.toString());
    } finally {
      ClockUtil.reset();
      greenMail.stop();
    }
  }

  private static void internship(StudentInternshipDriver driver, int i) {
    StudentInternshipDriver.clock(StudentInternshipDriver.SUBMITTED);
    ProcessInstance pi = driver.submit(StudentInternshipDriver.application(
        TestPesels.random(LocalDate.of(2007, 1 + i % 12, 1 + i % 28), i % 2 == 0), 150L));
    driver.placeAndSign(pi, "STUDENT");
    driver.reachPlannedEnd(pi);
    driver.attendanceToStipend(pi, "ZAS/2026/P" + i);
  }
}
