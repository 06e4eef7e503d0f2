package pl.vetworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.vetworkflow.process.CaseVariables;
import pl.vetworkflow.testsupport.Http;

/**
 * Notifications end to end with a real SMTP server (GreenMail on localhost:3025): engine hook,
 * outbox, dispatcher, templates, admin API. Run on H2 and on PostgreSQL. The Spring context (and
 * its database) is shared with other test classes, so every assertion is about this test's own
 * business key, recipients or outbox ids.
 */
abstract class NotificationChecks {
  private static final Logger LOG = LoggerFactory.getLogger(NotificationChecks.class);
  static final String DOMAIN = "@vet-workflow.example";
  static final String LINK_PREFIX = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired MailDispatcher dispatcher;
  @Autowired MailOutbox outbox;
  @Autowired MailSettings settings;
  @Autowired TaskLinks links;
  @Autowired JavaMailSender mailSender;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  GreenMail greenMail;
  String key;

  abstract String database();

  @BeforeEach
  void smtpUpAndOutboxEmpty() throws Exception {
    greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    // whatever other tests left pending goes out now, so that it cannot blur this test's counts
    dispatcher.dispatch(Instant.now().plus(Duration.ofDays(2)));
    greenMail.purgeEmailFromAllMailboxes();
    key = "WN/2026/" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void smtpDown() {
    greenMail.stop();
  }

  // ---------------------------------------------------------------- task creation

  @Test
  void createdTaskMailsEachCandidateExactlyOnceWithLinkBusinessKeyAndCaseName() {
    deploy(candidatesModel());
    Date due = Date.from(ZonedDateTime.of(2026, 12, 15, 14, 30, 0, 0, ZoneId.of("Europe/Warsaw")).toInstant());
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.PARTICIPANT_NAME, "Anna Kowalska");
    variables.put(CaseVariables.SCHOOL_NAME, "Technikum nr 1 w Opolu");
    variables.put("pesel", "02270803624");
    variables.put("due", due);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("notifCandidates", key, variables);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    DispatchResult result = dispatcher.dispatch(Instant.now());

    List<MimeMessage> mails = Mails.about(greenMail, key);
    // school-1 = school1 (the school coordinators); teachers = teacher1; employer1 as candidate user
    assertThat(Mails.countByRecipient(mails)).containsOnly(
        Map.entry("school1" + DOMAIN, 1L), Map.entry("teacher1" + DOMAIN, 1L), Map.entry("employer1" + DOMAIN, 1L));
    assertThat(result.sent()).isGreaterThanOrEqualTo(3);
    String link = LINK_PREFIX + task.getId();
    for (MimeMessage mail : mails) {
      assertThat(Mails.subject(mail)).isEqualTo("Nowe zadanie: Ocena wniosku (sprawa " + key + ")");
      assertThat(Mails.header(mail, "From")).contains("powiadomienia@vet-workflow.example");
      assertThat(Mails.header(mail, "Message-ID")).startsWith("<vet-mail-").endsWith("@localhost>");
      assertThat(Mails.header(mail, "Auto-Submitted")).isEqualTo("auto-generated");
      String text = Mails.text(mail);
      String html = Mails.html(mail);
      assertThat(text).contains("Zadanie: Ocena wniosku", "Numer sprawy: " + key,
          "Dotyczy: Anna Kowalska, Technikum nr 1 w Opolu", "Proces: Staż ucznia (test)",
          "Termin: 15 grudnia 2026, godz. 14:30", link);
      assertThat(html).contains("href=\"" + link + "\"", key, "Anna Kowalska", "15 grudnia 2026, godz. 14:30");
      for (String part : List.of(Mails.subject(mail), text, html)) {
        assertThat(part).doesNotContain("02270803624");
      }
    }
    assertThat(rows(key)).extracting(OutboxMessage::status).containsOnly(OutboxMessage.Status.SENT).hasSize(3);

    dispatcher.dispatch(Instant.now().plus(Duration.ofDays(1)));
    assertThat(Mails.about(greenMail, key)).hasSize(3);
  }

  @Test
  void assignedTaskMailsOnlyTheAssignee() {
    deploy(Bpmn.createExecutableProcess("notifAssignee").camundaHistoryTimeToLive(1).startEvent()
        .userTask("check").name("Kontrola dokumentów").camundaAssignee("employer2").camundaCandidateGroups("coordinators")
        .endEvent().done());
    runtimeService.startProcessInstanceByKey("notifAssignee", key);

    dispatcher.dispatch(Instant.now());

    assertThat(Mails.countByRecipient(Mails.about(greenMail, key))).containsOnly(Map.entry("employer2" + DOMAIN, 1L));
  }

  @Test
  void memberWithoutAddressIsSkippedTheOthersAreMailed() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String groupId = "notif-" + suffix;
    Group group = identityService.newGroup(groupId);
    group.setName("Notification test");
    identityService.saveGroup(group);
    User withAddress = identityService.newUser("notif-a-" + suffix);
    withAddress.setEmail("notif-a-" + suffix + "@example.test");
    identityService.saveUser(withAddress);
    User withoutAddress = identityService.newUser("notif-b-" + suffix);
    identityService.saveUser(withoutAddress);
    identityService.createMembership(withAddress.getId(), groupId);
    identityService.createMembership(withoutAddress.getId(), groupId);
    try {
      deploy(Bpmn.createExecutableProcess("notifGroup").camundaHistoryTimeToLive(1).startEvent()
          .userTask("t").name("Zadanie grupy").camundaCandidateGroups(groupId).endEvent().done());
      runtimeService.startProcessInstanceByKey("notifGroup", key);

      dispatcher.dispatch(Instant.now());

      assertThat(Mails.countByRecipient(Mails.about(greenMail, key)))
          .containsOnly(Map.entry("notif-a-" + suffix + "@example.test", 1L));
    } finally {
      identityService.deleteUser(withAddress.getId());
      identityService.deleteUser(withoutAddress.getId());
      identityService.deleteGroup(groupId);
    }
  }

  @Test
  void ordinaryLoggedInUserCompletingATaskNotifiesTheCoordinators() {
    deploy(handoverModel("notifHandover", false));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("notifHandover", key);
    Task offer = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    dispatcher.dispatch(Instant.now());
    assertThat(Mails.countByRecipient(Mails.about(greenMail, key))).containsOnly(Map.entry("employer1" + DOMAIN, 1L));

    // employer1 may not read the coordinators' accounts: without the notifier's own lookup they would be missed
    identityService.setAuthentication("employer1", List.of("employers", "employer-1"));
    try {
      assertThat(identityService.createUserQuery().memberOfGroup("coordinators").count()).isZero();
    } finally {
      identityService.clearAuthentication();
    }

    HttpResponse<String> completed = Http.basic(port, "employer1", "employer1")
        .postJson("/engine-rest/task/" + offer.getId() + "/complete", "{}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    dispatcher.dispatch(Instant.now());

    List<MimeMessage> approval = Mails.about(greenMail, key).stream()
        .filter(m -> Mails.subject(m).startsWith("Nowe zadanie: Zatwierdzenie oferty")).toList();
    assertThat(Mails.countByRecipient(approval)).containsOnly(Map.entry("coordinator" + DOMAIN, 1L));
  }

  @Test
  void reassignmentBySomeoneElseMailsTheNewAssigneeSelfClaimDoesNot() {
    deploy(candidatesModel());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("notifCandidates", key);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    dispatcher.dispatch(Instant.now());
    assertThat(Mails.about(greenMail, key)).hasSize(3);

    Http admin = Http.basic(port, "admin", "admin");
    assertThat(admin.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"admin\"}").statusCode())
        .isEqualTo(204);
    dispatcher.dispatch(Instant.now());
    assertThat(Mails.about(greenMail, key)).as("claiming for oneself sends nothing").hasSize(3);

    assertThat(admin.postJson("/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"employer2\"}")
        .statusCode()).isEqualTo(204);
    dispatcher.dispatch(Instant.now());
    assertThat(Mails.countByRecipient(Mails.about(greenMail, key))).containsOnly(
        Map.entry("school1" + DOMAIN, 1L), Map.entry("teacher1" + DOMAIN, 1L), Map.entry("employer1" + DOMAIN, 1L),
        Map.entry("employer2" + DOMAIN, 1L));
  }

  // ---------------------------------------------------------------- transactions

  @Test
  void rolledBackCommandLeavesNoMessage() {
    deploy(candidatesModel());
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      runtimeService.startProcessInstanceByKey("notifCandidates", key);
      // recorded in this very transaction...
      assertThat(rows(key)).hasSize(3);
      throw new IllegalStateException("a later step of the same command failed");
    })).hasMessage("a later step of the same command failed");

    // ...and gone with it
    assertThat(rows(key)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    dispatcher.dispatch(Instant.now().plus(Duration.ofDays(1)));
    assertThat(Mails.about(greenMail, key)).isEmpty();
  }

  @Test
  void commandFailingAfterTaskCreationOverRestSendsNothingForIt() {
    deploy(handoverModel("notifHandoverFailing", true));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("notifHandoverFailing", key);
    Task offer = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    HttpResponse<String> completed = Http.basic(port, "employer1", "employer1")
        .postJson("/engine-rest/task/" + offer.getId() + "/complete", "{}");
    assertThat(completed.statusCode()).isEqualTo(500);

    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId())
        .isEqualTo(offer.getId());
    dispatcher.dispatch(Instant.now().plus(Duration.ofDays(1)));
    assertThat(rows(key)).extracting(OutboxMessage::taskId).containsOnly(offer.getId());
    assertThat(Mails.about(greenMail, key)).extracting(Mails::subject)
        .containsExactly("Nowe zadanie: Oferta stażu (sprawa " + key + ")");
  }

  // ---------------------------------------------------------------- escaping

  @Test
  void textTypedInAFormArrivesEscapedAndCannotAddHeaders() {
    deploy(Bpmn.createExecutableProcess("notifEscaping").camundaHistoryTimeToLive(1).startEvent()
        .userTask("review").name("Ocena wniosku: ${participantName}").camundaCandidateUsers("school2")
        .endEvent().done());
    String businessKey = key + "-<i>x</i>";
    HttpResponse<String> started = Http.basic(port, "admin", "admin").postJson(
        "/engine-rest/process-definition/key/notifEscaping/start",
        "{\"businessKey\":\"" + businessKey + "\",\"variables\":{\"participantName\":{\"value\":"
            + "\"<script>alert('x')</script> Anna\\r\\nBcc: intruder@evil.example\",\"type\":\"String\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

    dispatcher.dispatch(Instant.now());

    List<MimeMessage> mails = Mails.about(greenMail, key);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(Mails.to(mail)).isEqualTo("school2" + DOMAIN);
    assertThat(Mails.header(mail, "Bcc")).isNull();
    assertThat(greenMail.getReceivedMessagesForDomain("evil.example")).isEmpty();
    assertThat(Mails.subject(mail)).doesNotContain("\r", "\n").contains("Anna Bcc: intruder");
    String html = Mails.html(mail);
    assertThat(html).doesNotContain("<script", "<i>x</i>")
        .contains("&lt;script&gt;alert(", "&lt;/script&gt; Anna", "&lt;i&gt;x&lt;/i&gt;");
    // plain text shows what was typed, as text (no entities), on one line
    assertThat(Mails.text(mail)).contains("Zadanie: Ocena wniosku: <script>alert('x')</script> Anna Bcc: intruder");
    assertThat(Mails.text(mail).lines()).noneMatch(line -> line.startsWith("Bcc:"));
  }

  // ---------------------------------------------------------------- dispatcher

  @Test
  void smtpDownThenUpDeliversEverythingOnceEvenOnAnotherNode() throws Exception {
    deploy(candidatesModel());
    greenMail.stop();
    for (int i = 1; i <= 3; i++) {
      runtimeService.startProcessInstanceByKey("notifCandidates", key + "/" + i);
    }
    Instant t0 = Instant.now();

    DispatchResult down = dispatcher.dispatch(t0);
    assertThat(down.sent()).isZero();
    assertThat(down.serverUnreachable()).isTrue();
    assertThat(down.retried()).isGreaterThanOrEqualTo(9);
    assertThat(rows(key)).hasSize(9).allSatisfy(row -> {
      assertThat(row.status()).isEqualTo(OutboxMessage.Status.PENDING);
      assertThat(row.attempts()).isEqualTo(1);
      assertThat(row.lastError()).isNotBlank();
      assertThat(row.nextAttemptAt()).isAfter(t0);
    });
    dispatcher.dispatch(t0.plusSeconds(5)); // back-off: not due yet
    assertThat(rows(key)).allSatisfy(row -> assertThat(row.attempts()).isEqualTo(1));

    greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    // the application restarted: a new dispatcher (other node id) on the same outbox
    MailDispatcher restarted = new MailDispatcher(outbox, mailSender, settings, "localhost", "restarted-node");
    restarted.dispatch(t0.plus(settings.retry().initialDelay()).plusSeconds(1));
    dispatcher.dispatch(t0.plus(Duration.ofDays(1)));

    List<MimeMessage> mails = Mails.about(greenMail, key);
    assertThat(mails).hasSize(9);
    assertThat(Mails.countBy(mails, m -> Mails.header(m, "X-VET-Outbox-Id")).values()).containsOnly(1L).hasSize(9);
    assertThat(rows(key)).allSatisfy(row -> {
      assertThat(row.status()).isEqualTo(OutboxMessage.Status.SENT);
      assertThat(row.attempts()).isEqualTo(2);
    });
  }

  @Test
  void messagesOfACrashedNodeAreSentAfterTheLease() {
    deploy(candidatesModel());
    runtimeService.startProcessInstanceByKey("notifCandidates", key);
    Instant t0 = Instant.now();
    List<OutboxMessage> taken = outbox.claim("crashed-node", t0, Duration.ofMinutes(5), 1000).messages();
    assertThat(taken).extracting(OutboxMessage::businessKey).contains(key);

    dispatcher.dispatch(t0.plusSeconds(60));
    assertThat(Mails.about(greenMail, key)).isEmpty();

    dispatcher.dispatch(t0.plus(Duration.ofMinutes(6)));
    assertThat(Mails.countByRecipient(Mails.about(greenMail, key))).hasSize(3).containsOnlyKeys(
        "school1" + DOMAIN, "teacher1" + DOMAIN, "employer1" + DOMAIN).allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));
    OutboxMessage ours = taken.stream().filter(m -> key.equals(m.businessKey())).findFirst().orElseThrow();
    assertThat(outbox.markSent(ours.id(), "crashed-node", t0.plus(Duration.ofMinutes(7))))
        .as("the crashed node's late SENT mark does not apply").isFalse();
  }

  @Test
  void sendingSwitchedOffKeepsMessagesRecorded() {
    deploy(candidatesModel());
    runtimeService.startProcessInstanceByKey("notifCandidates", key);
    MailSettings off = new MailSettings(false, settings.from(), null, null, 0, null, null, settings.dispatch(),
        settings.retry());
    MailDispatcher switchedOff = new MailDispatcher(outbox, null, off, "localhost", "off-node");

    assertThat(switchedOff.dispatch(Instant.now().plus(Duration.ofDays(1)))).isEqualTo(DispatchResult.NOTHING);
    assertThat(rows(key)).hasSize(3).allSatisfy(row -> {
      assertThat(row.status()).isEqualTo(OutboxMessage.Status.PENDING);
      assertThat(row.attempts()).isZero();
    });
    assertThat(Mails.about(greenMail, key)).isEmpty();

    dispatcher.dispatch(Instant.now());
    assertThat(Mails.about(greenMail, key)).hasSize(3);
  }

  @Test
  void failedMessagesAreListedForAdminsOnlyAndCanBeRetried() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    User person = identityService.newUser("notif-f-" + suffix);
    person.setEmail("old-" + suffix + "@example.test");
    identityService.saveUser(person);
    try {
      failedMessagesAreListedForAdminsOnlyAndCanBeRetried(person.getId(), suffix);
    } finally {
      identityService.deleteUser(person.getId());
    }
  }

  private void failedMessagesAreListedForAdminsOnlyAndCanBeRetried(String userId, String suffix) throws Exception {
    deploy(Bpmn.createExecutableProcess("notifAssigneeVariable").camundaHistoryTimeToLive(1).startEvent()
        .userTask("check").name("Kontrola dokumentów").camundaAssignee("${assignee}").endEvent().done());
    runtimeService.startProcessInstanceByKey("notifAssigneeVariable", key, Map.of("assignee", userId));
    MailSettings twoAttempts = new MailSettings(true, settings.from(), null, null, 0, null, null, settings.dispatch(),
        new MailSettings.Retry(2, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(5)));
    JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
    unreachable.setHost("localhost");
    unreachable.setPort(closedPort());
    MailDispatcher deadSmtp = new MailDispatcher(outbox, unreachable, twoAttempts, "localhost", "dead-smtp");
    Instant t0 = Instant.now();
    deadSmtp.dispatch(t0);
    DispatchResult last = deadSmtp.dispatch(t0.plusSeconds(31));
    assertThat(last.failed()).isGreaterThanOrEqualTo(1);
    OutboxMessage failed = rows(key).get(0);
    assertThat(failed.status()).isEqualTo(OutboxMessage.Status.FAILED);
    assertThat(failed.attempts()).isEqualTo(2);
    assertThat(failed.lastError()).containsIgnoringCase("connect");
    String failedPath = MailAdminController.PATH + "/failed";
    String retryPath = MailAdminController.PATH + "/" + failed.id() + "/retry";

    HttpResponse<String> anonymous = Http.anonymous(port).get(failedPath);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(Http.basic(port, "employer1", "employer1").get(failedPath).statusCode()).isEqualTo(403);
    assertThat(Http.basic(port, "employer1", "employer1").postJson(retryPath, "").statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(port).postJson(retryPath, "").statusCode()).isEqualTo(401);
    assertThat(Http.webappSession(port, "cockpit", "coordinator", "coordinator").get(failedPath).statusCode())
        .isEqualTo(403);

    HttpResponse<String> list = Http.basic(port, "admin", "admin").get(failedPath);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"id\":" + failed.id(), "\"recipient\":\"old-" + suffix + "@example.test\"",
        "\"reason\":\"", "\"businessKey\":\"" + key + "\"", "\"userId\":\"" + userId + "\"");
    Http adminSession = Http.webappSession(port, "cockpit", "admin", "admin");
    // what Cockpit does right after login; the webapp's CSRF filter then issues the session's token
    assertThat(adminSession.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    assertThat(adminSession.get(failedPath).body()).contains("\"id\":" + failed.id());
    assertThat(adminSession.get(MailAdminController.PATH + "/stats").body()).contains("\"FAILED\":");

    // a session request that changes state needs the webapp's CSRF token
    assertThat(postWithSessionButNoCsrfToken("admin", retryPath)).isEqualTo(403);
    assertThat(outbox.find(failed.id()).status()).isEqualTo(OutboxMessage.Status.FAILED);

    // meanwhile an administrator corrected the person's address in Admin: the retry uses it
    User person = identityService.createUserQuery().userId(userId).singleResult();
    person.setEmail("new-" + suffix + "@example.test");
    identityService.saveUser(person);
    HttpResponse<String> retried = adminSession.postJson(retryPath, "");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(retried.body()).contains("\"recipient\":\"new-" + suffix + "@example.test\"");
    assertThat(adminSession.postJson(retryPath, "").statusCode()).isEqualTo(409);
    assertThat(adminSession.postJson(MailAdminController.PATH + "/999999999/retry", "").statusCode()).isEqualTo(404);
    assertThat(outbox.find(failed.id())).satisfies(row -> {
      assertThat(row.status()).isEqualTo(OutboxMessage.Status.PENDING);
      assertThat(row.attempts()).isZero();
    });

    dispatcher.dispatch(Instant.now());
    assertThat(Mails.countByRecipient(Mails.about(greenMail, key)))
        .containsOnly(Map.entry("new-" + suffix + "@example.test", 1L));
    assertThat(outbox.find(failed.id()).status()).isEqualTo(OutboxMessage.Status.SENT);
    // a wrong password delays that user's next logins (engine throttling), and the database outlives
    // this class: use an administrator of this test only
    String throttled = "mail-admin-" + suffix;
    var user = identityService.newUser(throttled);
    user.setPassword("Right-" + suffix + "-7!"); // meets the password policy
    identityService.saveUser(user);
    identityService.createMembership(throttled, "camunda-admin");
    assertThat(Http.basic(port, throttled, "wrong").get(failedPath).statusCode()).isEqualTo(401);
  }

  // ---------------------------------------------------------------- two nodes

  @Test
  void twoDispatchersOnOneOutboxDeliverEachMessageExactlyOnce() throws Exception {
    int n = 400;
    List<Long> ids = enqueueDirectly(n, key);
    MailDispatcher nodeA = new MailDispatcher(outbox, mailSender, settings, "localhost", "node-a");
    MailDispatcher nodeB = new MailDispatcher(outbox, mailSender, settings, "localhost", "node-b");

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    long started = 0;
    List<DispatchResult> results = new ArrayList<>();
    try {
      List<Future<DispatchResult>> futures = new ArrayList<>();
      for (MailDispatcher node : List.of(nodeA, nodeB)) {
        futures.add(pool.submit(() -> {
          go.await();
          return node.dispatch(Instant.now());
        }));
      }
      started = System.nanoTime();
      go.countDown();
      for (Future<DispatchResult> future : futures) {
        results.add(future.get(5, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    List<MimeMessage> mails = Mails.about(greenMail, key);
    Map<String, Long> perId = Mails.countBy(mails, m -> Mails.header(m, "X-VET-Outbox-Id"));
    assertThat(perId).hasSize(n);
    assertThat(perId.values()).containsOnly(1L);
    assertThat(perId.keySet()).containsExactlyInAnyOrderElementsOf(ids.stream().map(String::valueOf).toList());
    assertThat(rows(key)).hasSize(n).allSatisfy(row -> assertThat(row.status()).isEqualTo(OutboxMessage.Status.SENT));
    assertThat(results.get(0).sent() + results.get(1).sent()).isEqualTo(n);
    LOG.info("[{}] concurrent dispatch: {} messages, node-a sent {}, node-b sent {}, {} claim races lost to the"
        + " other node, each message delivered exactly once; {} s = {} messages/s through GreenMail", database(), n,
        results.get(0).sent(), results.get(1).sent(), results.get(0).lostClaims() + results.get(1).lostClaims(),
        String.format("%.2f", seconds), String.format("%.0f", n / seconds));

    // one node alone, same volume, for comparison
    String single = key + "-single";
    enqueueDirectly(n, single);
    long t = System.nanoTime();
    DispatchResult alone = dispatcher.dispatch(Instant.now());
    double aloneSeconds = (System.nanoTime() - t) / 1e9;
    assertThat(alone.sent()).isEqualTo(n);
    assertThat(Mails.about(greenMail, single)).hasSize(n);
    LOG.info("[{}] single dispatcher: {} messages in {} s = {} messages/s through GreenMail", database(), n,
        String.format("%.2f", aloneSeconds), String.format("%.0f", n / aloneSeconds));
  }

  // ---------------------------------------------------------------- helpers

  /** Messages recorded for a business key (prefix match: a test may start several cases under its key). */
  List<OutboxMessage> rows(String businessKey) {
    List<Long> ids = jdbc.queryForList("select id from vet_mail_outbox where business_key like ? order by id",
        Long.class, businessKey + "%");
    return ids.stream().map(outbox::find).toList();
  }

  private List<Long> enqueueDirectly(int n, String businessKey) {
    Instant now = Instant.now();
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      for (int i = 0; i < n; i++) {
        RenderedMail mail = new RenderedMail(businessKey + " #" + i, "Treść " + i, "<p>Treść " + i + "</p>");
        outbox.enqueue(new MailOutbox.NewMessage(NotificationKind.TASK, "user" + (i % 20) + "@load.example", null,
            mail, businessKey + "-task-" + i, null, businessKey), now);
      }
    });
    return rows(businessKey).stream().map(OutboxMessage::id).toList();
  }

  private void deploy(BpmnModelInstance model) {
    String id = model.getDefinitions().getRootElements().iterator().next().getId();
    repositoryService.createDeployment().name("notification-test-" + id).addModelInstance(id + ".bpmn", model)
        .enableDuplicateFiltering(true).deploy();
  }

  private static BpmnModelInstance candidatesModel() {
    return Bpmn.createExecutableProcess("notifCandidates").name("Staż ucznia (test)").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("review").name("Ocena wniosku").camundaCandidateGroups("school-1,teachers")
        .camundaCandidateUsers("employer1").camundaDueDate("${execution.hasVariable('due') ? due : null}")
        .endEvent().done();
  }

  private static BpmnModelInstance handoverModel(String id, boolean failAfterApprovalTaskIsCreated) {
    var approval = Bpmn.createExecutableProcess(id).camundaHistoryTimeToLive(1).startEvent()
        .userTask("offer").name("Oferta stażu").camundaCandidateGroups("employer-1")
        .userTask("approve").name("Zatwierdzenie oferty").camundaCandidateGroups("coordinators");
    if (failAfterApprovalTaskIsCreated) {
      // a model listener runs after the task exists (after the built-in notification hook) and fails the command
      approval = approval.camundaTaskListenerExpression("create", "${undefinedApprovalRule.check(task)}");
    }
    return approval.endEvent().done();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Logs in to Cockpit like a browser, then POSTs with the session cookie but without X-XSRF-TOKEN. */
  private int postWithSessionButNoCsrfToken(String user, String path) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/cockpit/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(xsrf(cookies)).isNotBlank();
    HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(base + MailAdminController.PATH + "/stats"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).as("the same session reads").isEqualTo(200);
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String xsrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
  }
}
