package pl.vetworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import pl.vetworkflow.VetWorkflowApplication;
import pl.vetworkflow.notification.OverdueTaskReminders.Candidate;
import pl.vetworkflow.notification.OverdueTaskReminders.Due;
import pl.vetworkflow.notification.OverdueTaskReminders.Result;

/**
 * The reminder job on the whole application, run on H2 and on PostgreSQL: steps on their days,
 * once each, to the right people, rules changed by deploying the table, catching up after a pause,
 * nothing for completed or suspended tasks, the retired timer beans, and two nodes (a second
 * application context with its own engine on the same database) running the job at the same time.
 *
 * <p>The cases of these tests are due in 2020, before anything other test classes leave in a shared
 * database, so a run at a 2020 time finds only the tasks of the test running; each test deletes its
 * cases afterwards.
 */
abstract class ReminderChecks {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderChecks.class);
  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  static final ZonedDateTime STARTED = ZonedDateTime.of(2020, 1, 6, 9, 0, 0, 0, WARSAW);
  /** The test model's tasks are due a day after they start. */
  static final ZonedDateTime DUE = STARTED.plusDays(1);
  static final String DOMAIN = "@vet-workflow.example";

  @LocalServerPort int port;
  @Autowired OverdueTaskReminders reminders;
  @Autowired ReminderRules rules;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MailDispatcher dispatcher;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired org.springframework.context.ApplicationContext context;

  GreenMail greenMail;
  String key;

  abstract String database();

  @BeforeEach
  void setUp() throws Exception {
    greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    dispatcher.dispatch(Instant.now().plus(Duration.ofDays(2)));
    greenMail.purgeEmailFromAllMailboxes();
    key = "RM/2020/" + UUID.randomUUID().toString().substring(0, 8);
    clock(STARTED);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    greenMail.stop();
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(key + "%")
        .list()) {
      runtimeService.deleteProcessInstance(instance.getId(), "test over");
    }
  }

  // ---------------------------------------------------------------- steps

  @Test
  void eachStepGoesOutOnItsDayOnceToThePeopleOfTheTask() {
    deploy(model("reminderTest"));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("reminderTest", key);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getDueDate()).isEqualTo(Date.from(DUE.toInstant()));
    // no row for this test process: the default plan, at the due date and 7 and 14 days later
    assertThat(rules.plan("reminderTest", "review").name()).isEqualTo("every-7-days");

    assertThat(runAt(DUE.minusMinutes(1)).stepsSent()).isZero();
    Result first = runAt(DUE.plusMinutes(5));
    assertThat(first.overdueTasks()).isEqualTo(1);
    assertThat(first.stepsSent()).isEqualTo(1);
    assertThat(first.messages()).isEqualTo(2);
    assertThat(runAt(DUE.plusDays(6)).stepsSent()).as("nothing new before the next step's day").isZero();
    assertThat(runAt(DUE.plusDays(7)).stepsSent()).isEqualTo(1);
    assertThat(runAt(DUE.plusDays(14)).stepsSent()).isEqualTo(1);
    assertThat(runAt(DUE.plusDays(60)).stepsSent()).as("the plan has three steps").isZero();

    assertThat(steps(task.getId())).containsExactly("1 REMINDER SENT", "2 REMINDER SENT", "3 REMINDER SENT");
    dispatcher.dispatch(Instant.now());
    List<MimeMessage> mails = Mails.about(greenMail, key);
    String suffix = ": Ocena sprawozdania (sprawa " + key + ")";
    assertThat(Mails.countBy(mails, m -> Mails.to(m) + " " + Mails.subject(m))).containsOnly(
        Map.entry("school1" + DOMAIN + " Nowe zadanie" + suffix, 1L),
        Map.entry("teacher1" + DOMAIN + " Nowe zadanie" + suffix, 1L),
        Map.entry("school1" + DOMAIN + " Przypomnienie" + suffix, 3L),
        Map.entry("teacher1" + DOMAIN + " Przypomnienie" + suffix, 3L));
    MimeMessage reminder = mails.stream().filter(m -> Mails.subject(m).startsWith("Przypomnienie")).findFirst()
        .orElseThrow();
    assertThat(Mails.text(reminder)).contains("przypominamy", "Oczekuje od: 6 stycznia 2020",
        "Termin: 7 stycznia 2020, godz. 09:00", "/camunda/app/tasklist/default/#/?task=" + task.getId());
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isEqualTo(1);
  }

  @Test
  void rulesDeployedByTheProgrammeOfficeApplyFromTheNextRunAndEscalateToTheCoordinators() throws Exception {
    deploy(model("reminderTestEscalating"));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("reminderTestEscalating", key);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    String changed = deployRules("<rule id=\"plan_test\"><description>test</description>"
        + "<inputEntry id=\"plan_test_process\"><text>\"reminderTestEscalating\"</text></inputEntry>"
        + "<inputEntry id=\"plan_test_task\"><text></text></inputEntry>"
        + "<outputEntry id=\"plan_test_plan\"><text>\"once-escalation-14\"</text></outputEntry></rule>");
    try {
      assertThat(runAt(DUE.plusMinutes(5)).stepsSent()).isEqualTo(1);
      assertThat(rules.plan("reminderTestEscalating", "review").name()).isEqualTo("once-escalation-14");
      assertThat(runAt(DUE.plusDays(7)).stepsSent()).as("one reminder only in this plan").isZero();
      Result escalation = runAt(DUE.plusDays(14));
      assertThat(escalation.stepsSent()).isEqualTo(1);
      assertThat(steps(task.getId())).containsExactly("1 REMINDER SENT", "2 ESCALATION SENT");
      assertThat(recipients(task.getId(), "ESCALATION")).isEqualTo(coordinatorAddresses());
      assertThat(recipients(task.getId(), "REMINDER")).containsExactly("school1" + DOMAIN, "teacher1" + DOMAIN);

      dispatcher.dispatch(Instant.now());
      MimeMessage mail = Mails.about(greenMail, key).stream().filter(m -> Mails.subject(m).startsWith("Eskalacja"))
          .findFirst().orElseThrow();
      assertThat(Mails.subject(mail)).isEqualTo("Eskalacja: Ocena sprawozdania (sprawa " + key + ")");
      assertThat(Mails.text(mail)).contains("koordynatorów", "Oczekuje od: ");
    } finally {
      repositoryService.deleteDeployment(changed, true);
    }
    rules.refresh();
    assertThat(rules.plan("reminderTestEscalating", "review").name()).as("back to the rules as shipped")
        .isEqualTo("every-7-days");
  }

  @Test
  void afterAPauseOnlyTheLatestDueStepIsSentAndTheEarlierOnesAreNotSentLater() {
    deploy(model("reminderTest"));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("reminderTest", key);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    Result late = runAt(DUE.plusDays(9));
    assertThat(late.stepsSent()).isEqualTo(1);
    assertThat(late.stepsSuperseded()).isEqualTo(1);
    assertThat(steps(task.getId())).containsExactly("1 REMINDER SUPERSEDED", "2 REMINDER SENT");
    assertThat(runAt(DUE.plusDays(10)).stepsSent()).isZero();
    assertThat(recipients(task.getId(), "REMINDER")).containsExactly("school1" + DOMAIN, "teacher1" + DOMAIN);
  }

  @Test
  void aCompletedTaskGetsNoReminderNorDoesASuspendedOneUntilItIsActivated() {
    deploy(model("reminderTest"));
    ProcessInstance done = runtimeService.startProcessInstanceByKey("reminderTest", key + "-done");
    Task completed = taskService.createTaskQuery().processInstanceId(done.getId()).singleResult();
    ProcessInstance suspended = runtimeService.startProcessInstanceByKey("reminderTest", key + "-suspended");
    Task waiting = taskService.createTaskQuery().processInstanceId(suspended.getId()).singleResult();
    clock(DUE.minusHours(1));
    taskService.complete(completed.getId());
    runtimeService.suspendProcessInstanceById(suspended.getId());

    Result run = runAt(DUE.plusDays(20));
    assertThat(run.overdueTasks()).isZero();
    assertThat(steps(completed.getId())).isEmpty();
    assertThat(recipients(completed.getId(), "REMINDER")).isEmpty();
    assertThat(steps(waiting.getId())).isEmpty();

    runtimeService.activateProcessInstanceById(suspended.getId());
    assertThat(runAt(DUE.plusDays(20)).stepsSent()).isEqualTo(1);
    assertThat(steps(waiting.getId())).containsExactly("1 REMINDER SUPERSEDED", "2 REMINDER SUPERSEDED",
        "3 REMINDER SENT");
  }

  @Test
  void theRetiredTimersOfEarlierModelVersionsFireWithoutIncidentAndSendNothing() {
    deploy(Bpmn.createExecutableProcess("reminderTestRetired").name("Staż (wersja z timerami)").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("review").name("Ocena sprawozdania").camundaCandidateGroups("school-1").camundaDueDate("P1D")
        .endEvent()
        .moveToActivity("review").boundaryEvent("remind_review").cancelActivity(false).timerWithCycle("R3/P1D")
        .serviceTask("sendReminders").camundaDelegateExpression("${sendOverdueReminders}").endEvent()
        .moveToActivity("review").boundaryEvent("remind_again").cancelActivity(false).timerWithDuration("P2D")
        .camundaExecutionListenerExpression("start", "${taskReminder.remind(execution)}").endEvent()
        .moveToActivity("review").boundaryEvent("escalate_review").cancelActivity(false).timerWithDuration("P3D")
        .serviceTask("escalate").camundaExpression("${taskReminder.escalate(execution, 'review')}").endEvent()
        .done());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("reminderTestRetired", key);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    for (String timer : List.of("remind_review", "remind_again", "escalate_review")) {
      Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timer).singleResult();
      managementService.executeJob(job.getId());
    }
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).withException().count()).isZero();
    assertThat(recipients(task.getId(), "REMINDER")).isEmpty();
    assertThat(recipients(task.getId(), "ESCALATION")).isEmpty();
    // the job reminds the tasks of those cases like any other
    assertThat(runAt(DUE.plusMinutes(1)).stepsSent()).isEqualTo(1);
    assertThat(recipients(task.getId(), "REMINDER")).containsExactly("school1" + DOMAIN);
  }

  @Test
  void theSchedulerRunsTheJobInTheBackgroundEveryInterval() throws Exception {
    assertThat(context.getBeanNamesForType(OverdueTaskReminderScheduler.class)).as("off in the tests").isEmpty();
    deploy(model("reminderTest"));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("reminderTest", key);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    clock(DUE.plusDays(7).plusMinutes(5));
    ThreadPoolTaskScheduler threads = new ThreadPoolTaskScheduler();
    threads.initialize();
    ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
    registrar.setTaskScheduler(threads);
    new OverdueTaskReminderScheduler(reminders, new ReminderSettings(true, Duration.ofMillis(200), Duration.ZERO, 0))
        .configureTasks(registrar);
    registrar.afterPropertiesSet();
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (steps(task.getId()).size() < 2 && System.nanoTime() < until) {
        Thread.sleep(100);
      }
      assertThat(steps(task.getId())).containsExactly("1 REMINDER SUPERSEDED", "2 REMINDER SENT");
      Thread.sleep(600); // a few more runs: nothing new
      assertThat(recipients(task.getId(), "REMINDER")).containsExactly("school1" + DOMAIN, "teacher1" + DOMAIN);
    } finally {
      registrar.destroy();
      threads.shutdown();
    }
  }

  // ---------------------------------------------------------------- two nodes

  @Test
  void twoNodesRunningTheJobAtOnceRecordEachStepOfEachTaskOnceAndMailItOnce() throws Exception {
    deploy(model("reminderTest"));
    int n = 40;
    List<String> taskIds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey("reminderTest", key + "-" + i);
      taskIds.add(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
    }
    ProcessInstance contested = runtimeService.startProcessInstanceByKey("reminderTest", key + "-contested");
    Task contestedTask = taskService.createTaskQuery().processInstanceId(contested.getId()).singleResult();

    try (ConfigurableApplicationContext node2 = secondNode()) {
      OverdueTaskReminders other = node2.getBean(OverdueTaskReminders.class);
      assertThat(node2.getBean(org.camunda.bpm.engine.ProcessEngine.class).getName()).isEqualTo("remindersnode2");
      assertThat(node2.getBean(MailDispatcher.class).nodeId()).isNotEqualTo(dispatcher.nodeId());

      // the same step of the same task sent by both nodes at the same moment: one wins
      Candidate candidate = new Candidate(contestedTask.getId(), contested.getId(), "reminderTest", "review",
          DUE.toInstant());
      List<Due> first = List.of(new Due(new ReminderStep(1, 0, NotificationKind.REMINDER), ReminderLog.Outcome.SENT));
      Instant at = DUE.plusMinutes(5).toInstant();
      List<OverdueTaskReminders.Counts> contention = together(
          () -> send(reminders, candidate, first, at), () -> send(other, candidate, first, at));
      assertThat(contention).extracting(c -> c.sent).containsExactlyInAnyOrder(1, 0);
      assertThat(contention).extracting(c -> c.lost).containsExactlyInAnyOrder(0, 1);
      assertThat(steps(contestedTask.getId())).containsExactly("1 REMINDER SENT");
      assertThat(recipients(contestedTask.getId(), "REMINDER")).containsExactly("school1" + DOMAIN, "teacher1" + DOMAIN);

      // whole runs of both nodes at once, on each step's day, twice
      Map<String, String> log = new LinkedHashMap<>();
      int phase = 0;
      for (int days : new int[] {0, 7, 14}) {
        phase++;
        Instant now = DUE.plusDays(days).plusMinutes(5).toInstant();
        int sent = 0;
        int lost = 0;
        for (int round = 0; round < 2; round++) {
          List<Result> results = together(() -> reminders.run(now), () -> other.run(now));
          for (Result result : results) {
            assertThat(result.failed()).isZero();
            sent += result.stepsSent();
            lost += result.lost();
          }
        }
        // the contested task's first step was sent above; every other step once, by one node or the other
        assertThat(sent).as("steps sent on day %d", days).isEqualTo(phase == 1 ? n : n + 1);
        log.put("day " + days, sent + " sent, " + lost + " taken by the other node first");
      }
      for (String taskId : taskIds) {
        assertThat(steps(taskId)).containsExactly("1 REMINDER SENT", "2 REMINDER SENT", "3 REMINDER SENT");
        assertThat(jdbc.queryForList("select recipient || ' ' || sequence_no from vet_mail_outbox where task_id = ?"
            + " and kind = 'REMINDER' order by recipient, sequence_no", String.class, taskId)).containsExactly(
            "school1" + DOMAIN + " 1", "school1" + DOMAIN + " 2", "school1" + DOMAIN + " 3",
            "teacher1" + DOMAIN + " 1", "teacher1" + DOMAIN + " 2", "teacher1" + DOMAIN + " 3");
      }
      List<String> all = new ArrayList<>(taskIds);
      all.add(contestedTask.getId());
      Map<String, Long> byNode = new LinkedHashMap<>();
      for (String taskId : all) {
        for (String node : jdbc.queryForList("select recorded_by from vet_task_reminder where task_id = ?", String.class,
            taskId)) {
          byNode.merge(node, 1L, Long::sum);
        }
      }
      assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3L * (n + 1));
      log.put("steps recorded by node", byNode.toString());
      LOG.info("[{}] two nodes, {} tasks, 3 steps each, each step recorded and mailed once: {}", database(), n, log);
    }
  }

  // ---------------------------------------------------------------- helpers

  Result runAt(ZonedDateTime time) {
    clock(time);
    return reminders.run();
  }

  static void clock(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  static OverdueTaskReminders.Counts send(OverdueTaskReminders node, Candidate candidate, List<Due> due, Instant at) {
    OverdueTaskReminders.Counts counts = new OverdueTaskReminders.Counts();
    node.send(candidate, due, at, counts);
    return counts;
  }

  /** Runs both at the same moment on two threads. */
  @SafeVarargs
  static <T> List<T> together(Callable<T>... work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(work.length);
    CyclicBarrier start = new CyclicBarrier(work.length);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> one : work) {
        futures.add(pool.submit(() -> {
          start.await();
          return one.call();
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(5, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The recorded steps of a task: "step kind outcome". */
  List<String> steps(String taskId) {
    return jdbc.queryForList("select step || ' ' || kind || ' ' || outcome from vet_task_reminder where task_id = ?"
        + " order by step", String.class, taskId);
  }

  /** The recipients of the outbox messages of one kind about a task, sorted. */
  List<String> recipients(String taskId, String kind) {
    return jdbc.queryForList("select recipient from vet_mail_outbox where task_id = ? and kind = ? order by recipient",
        String.class, taskId, kind);
  }

  List<String> coordinatorAddresses() {
    return identityService.createUserQuery().memberOfGroup("coordinators").list().stream()
        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
        .map(u -> u.getEmail().toLowerCase(Locale.ROOT)).sorted().toList();
  }

  static BpmnModelInstance model(String id) {
    return Bpmn.createExecutableProcess(id).name("Staż nauczyciela (test przypomnień)").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("review").name("Ocena sprawozdania").camundaCandidateGroups("school-1,teachers-1").camundaDueDate("P1D")
        .endEvent().done();
  }

  void deploy(BpmnModelInstance model) {
    String id = model.getDefinitions().getRootElements().iterator().next().getId();
    repositoryService.createDeployment().name("reminder-test-" + id).addModelInstance(id + ".bpmn", model)
        .enableDuplicateFiltering(true).deploy();
  }

  /**
   * A new version of the reminder rules as shipped, with {@code rule} before the default row of the
   * plans, deployed as docs/notifications.md tells the programme office: a POST of the file to
   * /engine-rest/deployment/create as an administrator. Returns the deployment's id.
   */
  String deployRules(String rule) throws Exception {
    String shipped;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/task-reminders.dmn")) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String marker = "<rule id=\"plan_default\">";
    assertThat(shipped).contains(marker);
    String boundary = "rules" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ntask-reminders\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"task-reminders.dmn\"; filename=\"task-reminders.dmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + shipped.replace(marker, rule + marker) + "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body()).get("id").asText();
  }

  /**
   * A second node: the whole application again, with an engine of its own name (the first node's
   * engine keeps "default" for the REST API and the webapps) on the same database.
   */
  ConfigurableApplicationContext secondNode() throws java.sql.SQLException {
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", pool.getJdbcUrl());
    if (pool.getUsername() != null) {
      properties.put("spring.datasource.username", pool.getUsername());
      properties.put("spring.datasource.password", pool.getPassword() == null ? "" : pool.getPassword());
    }
    properties.put("server.port", 0);
    properties.put("camunda.bpm.process-engine-name", "remindersnode2");
    properties.put("vet.mail.node-id", "reminders-node-2");
    properties.put("logging.level.org.camunda.bpm.engine.context", "warn");
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    return new SpringApplicationBuilder(VetWorkflowApplication.class).profiles("test").run(args);
  }
}
