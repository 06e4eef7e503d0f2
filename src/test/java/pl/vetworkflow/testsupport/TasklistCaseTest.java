package pl.vetworkflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.notification.MailDispatcher;
import pl.vetworkflow.notification.TaskLinks;

/**
 * Base of the browser tests that work a whole case in Tasklist, from the start form to its end, as
 * the demo users (one per process: *InTasklistTest).
 *
 * <ul>
 *   <li>The whole application on a random port with an H2 database of the class's own
 *       ({@link OwnH2Database}): no case, task, failed login or participant of another test class is
 *       in it, and no other class's engine clock is ever met (each test sets it, and it is reset after).
 *   <li>Each demo user logs in once (headless Chromium) and keeps Tasklist open for the class's tests,
 *       as people at work do; after a failed test every user logs in afresh.
 *   <li>Each step is a screenshot under target/screenshots/ checked for English text, US dates and
 *       error notifications ({@link TasklistUser#step}).
 *   <li>Each task a user opens was announced to that user by e-mail ("Nowe zadanie: …" with the link to
 *       that very task), received over SMTP by GreenMail.
 * </ul>
 */
@H2IntegrationTest
@ContextCustomizerFactories(OwnH2Database.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TasklistCaseTest {
  protected static final String GROUP_TASKS = TaskFilters.MY_GROUP_TASKS;
  private static final String DEMO_MAIL_DOMAIN = "@vet-workflow.example";

  /**
   * The SMTP server the application sends to, running while the class runs: on a free port rather than
   * application-test.yaml's 3025, which another test run on the same machine may hold.
   */
  private static final int MAIL_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(MAIL_PORT, "127.0.0.1", "smtp"))
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.port", () -> MAIL_PORT);
  }

  @RegisterExtension
  final TestWatcher freshUsersAfterAFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      logOut();
    }
  };

  @LocalServerPort protected int port;
  @Autowired protected RuntimeService runtime;
  @Autowired protected HistoryService history;
  @Autowired protected ManagementService management;
  @Autowired protected TaskService tasks;
  @Autowired private RepositoryService repository;
  @Autowired private MailDispatcher dispatcher;
  @Autowired private TaskLinks links;

  private final Map<String, TasklistUser> users = new LinkedHashMap<>();
  private String caseName = "case";
  private TasklistUser.Counter steps = new TasklistUser.Counter();
  private long startedAt;
  private String testName;

  @BeforeEach
  void timeTheTest(TestInfo info) {
    testName = getClass().getSimpleName() + "." + info.getTestMethod().orElseThrow().getName();
    startedAt = System.nanoTime();
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
    System.out.printf("%s: %.1f s%n", testName, (System.nanoTime() - startedAt) / 1e9);
  }

  @AfterAll
  void logOut() {
    users.values().forEach(TasklistUser::close);
    users.clear();
  }

  // ------------------------------------------------------------------ the users

  /**
   * The steps that follow belong to this case: screenshots {@code <caseName>-NN-<step>.png}, numbered
   * across the users.
   */
  protected void newCase(String name) {
    caseName = name;
    steps = new TasklistUser.Counter();
    users.values().forEach(u -> u.forCase(caseName, steps));
  }

  /** The demo user (password = id), logged in on first use. */
  protected TasklistUser user(String id) {
    return users.computeIfAbsent(id, this::logIn).forCase(caseName, steps);
  }

  /**
   * Logs in those of these demo users who are not logged in yet, each in a browser of their own, two
   * side by side: starting a browser and loading Tasklist is in good part waiting (for the browser's
   * processes, for the server), which the users need not do one after the other.
   */
  protected void logIn(String... ids) {
    List<String> missing = Arrays.stream(ids).distinct().filter(id -> !users.containsKey(id)).toList();
    // two at a time: the CI machine has two cores, and a browser starting takes one of them for a while
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      Map<String, Future<TasklistUser>> started = new LinkedHashMap<>();
      missing.forEach(id -> started.put(id, starting.submit(() -> logIn(id))));
      AssertionError failed = null;
      for (Map.Entry<String, Future<TasklistUser>> user : started.entrySet()) {
        try {
          users.put(user.getKey(), user.getValue().get());
        } catch (ExecutionException e) {
          failed = failed == null ? new AssertionError(user.getKey() + " could not log in", e.getCause()) : failed;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      if (failed != null) {
        throw failed;
      }
    } finally {
      starting.shutdown();
    }
  }

  private TasklistUser logIn(String id) {
    return TasklistUser.logIn(port, id, caseName, steps).whenTaskOpened(this::announcedByMail);
  }

  /**
   * The user who opened the task had an e-mail about it: sends what the outbox holds (the dispatcher is
   * not scheduled in tests) and looks for the one "new task" message to that user linking to the task.
   */
  private void announcedByMail(String userId, String taskId, String taskName) {
    dispatcher.dispatch(Instant.now());
    String address = userId + DEMO_MAIL_DOMAIN;
    String link = links.task(taskId);
    List<MimeMessage> told = Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> address.equals(recipient(m)) && subject(m).startsWith("Nowe zadanie: "))
        .filter(m -> String.valueOf(plainText(m)).contains(link)).toList();
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (digestOnly(task)) {
      // a model with vet.mail = digest (the monitoring data): its tasks are told of together, never one by one
      assertThat(told).as("%s had no e-mail of its own about '%s'", userId, taskName).isEmpty();
      return;
    }
    assertThat(told).as("%s was told of '%s' by one e-mail linking to it", userId, taskName).hasSize(1);
    String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
        .getBusinessKey();
    assertThat(subject(told.get(0))).isEqualTo("Nowe zadanie: " + task.getName() + " (sprawa " + caseNumber + ")");
    assertThat(plainText(told.get(0))).contains("Numer sprawy: " + caseNumber);
  }

  /** Whether the task's process has the extension property {@code vet.mail = digest}. */
  private boolean digestOnly(Task task) {
    var process = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next();
    return process.getExtensionElements() != null && process.getExtensionElements().getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .anyMatch(p -> "vet.mail".equals(p.getCamundaName()) && "digest".equals(p.getCamundaValue()));
  }

  // ------------------------------------------------------------------ the engine's side

  /** Sets the engine's clock to 9:00 (Warsaw) of {@code day}: the server runs in this JVM. Reset after each test. */
  protected static void today(LocalDate day) {
    CaseScenario.clock(day);
  }

  /** The one running case of {@code processKey} whose variable has this value (the browser's request may still be on its way). */
  protected ProcessInstance caseWith(String processKey, String variable, Object value) {
    return poll(() -> runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .variableValueEquals(variable, value).singleResult());
  }

  /** The case, once it has ended. */
  protected HistoricProcessInstance ended(ProcessInstance instance) {
    return poll(() -> history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished()
        .singleResult());
  }

  protected Object variable(ProcessInstance instance, String name) {
    return runtime.getVariable(instance.getId(), name);
  }

  /** A variable of a case, running or ended. */
  protected Object historicVariable(String processInstanceId, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .singleResult().getValue();
  }

  /**
   * Time passes through the engine, not through a user: runs the due timer job of {@code activityId} in
   * the case or in a process it called (the clock must have passed its due date).
   */
  protected void fireTimer(ProcessInstance instance, String activityId) {
    List<String> instances = new ArrayList<>(List.of(instance.getId()));
    runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()
        .forEach(p -> instances.add(p.getId()));
    List<Job> timers = instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id)
        .activityId(activityId).timers().list().stream()).toList();
    assertThat(timers).as("timer of " + activityId).hasSize(1);
    assertThat(timers.get(0).getDuedate()).as("due by now").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    management.executeJob(timers.get(0).getId());
  }

  /** Waits (at most 15 s) until the engine shows the result of what the browser sent. */
  protected static <T> T poll(Supplier<T> lookup) {
    return Eventually.poll(lookup);
  }

  // ------------------------------------------------------------------ reading e-mails

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      var to = message.getAllRecipients();
      return to == null || to.length != 1 ? null : ((InternetAddress) to[0]).getAddress();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String plainText(Part part) {
    try {
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          String found = plainText(body);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
