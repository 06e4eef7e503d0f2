package pl.vetworkflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.notification.MailDispatcher;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;

/**
 * A new school coordinator follows the invitation from their e-mail in Chromium, sets a password,
 * logs in to Tasklist and sees their school's task (not another school's); then forgets the
 * password and asks for a new link from the login page. Screenshots in target/screenshots/account-*.
 */
@H2IntegrationTest
class AccountsBrowserTest {
  private static final String PROBE = "accountProbe";
  private static final List<String> ENGLISH = List.of("Password", "password", "Submit", "Sign in", "Email", "Send",
      "expired", "invalid");

  @LocalServerPort int port;
  @Autowired MailDispatcher dispatcher;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  GreenMail greenMail;
  String run;

  @BeforeEach
  void smtpUp() throws Exception {
    greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    dispatcher.dispatch(Instant.now().plus(Duration.ofDays(2)));
    greenMail.purgeEmailFromAllMailboxes();
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void smtpDown() {
    greenMail.stop();
    // this run's people and stand-alone tasks leave the shared test database (other tests count them)
    taskService.createTaskQuery().taskNameLike("% " + run).list().stream().filter(t -> t.getProcessInstanceId() == null)
        .forEach(t -> taskService.deleteTask(t.getId(), true));
    repositoryService.createDeploymentQuery().deploymentName(PROBE).list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    identityService.createUserQuery().list().stream().map(u -> u.getId()).filter(id -> id.endsWith(run))
        .forEach(identityService::deleteUser);
  }

  @Test
  void anInvitedPersonSetsTheirPasswordLogsInAndSeesTheirSchoolsTasksOnly() throws Exception {
    String ownTask = "Zadanie szkoły 1 " + run;
    String otherTask = "Zadanie szkoły 2 " + run;
    groupTask(ownTask, Groups.school("1"));
    groupTask(otherTask, Groups.school("2"));
    String email = "anna.nowa." + run + "@people.example";
    String userId = "anna.nowa." + run;
    PeopleFiles.Line line = new PeopleFiles.Line("Anna", "Nowa", email, "koordynator szkolny", "1");
    assertThat(PeopleFiles.post(port, "admin", "admin", null, "osoby.xlsx", PeopleFiles.xlsx(List.of(line)))
        .statusCode()).isEqualTo(200);
    dispatcher.dispatch(Instant.now());
    String invitation = Inbox.linkPath(Inbox.to(greenMail, email).get(0));
    String password = "Wiosna-Opole-2026";

    try (Browser browser = new Browser(port)) {
      browser.open(invitation);
      browser.waitForText("Ustaw swoje hasło");
      assertThat(browser.bodyText()).contains("Nazwa użytkownika: " + userId, "Zasady hasła:", "co najmniej 10 znaków",
          "nie może zawierać loginu, imienia, nazwiska ani adresu e-mail", "Nowe hasło", "Powtórz nowe hasło",
          "Zapisz hasło");
      polishOnly(browser);
      browser.screenshot("account-password-form");

      browser.driver().findElement(By.id("password")).sendKeys("anna2026");
      browser.driver().findElement(By.id("repeated")).sendKeys("anna2026");
      browser.driver().findElement(By.id("save")).click();
      browser.waitForText("Hasło nie spełnia zasad");
      polishOnly(browser);
      browser.screenshot("account-password-refused");

      browser.driver().findElement(By.id("password")).sendKeys(password);
      browser.driver().findElement(By.id("repeated")).sendKeys(password);
      browser.driver().findElement(By.id("save")).click();
      browser.waitForText("Hasło zapisane");
      assertThat(browser.bodyText()).contains("Nazwa użytkownika: " + userId);
      polishOnly(browser);
      browser.screenshot("account-password-set");

      browser.open(invitation);
      browser.waitForText("Ten link został już użyty");
      polishOnly(browser);
      browser.screenshot("account-link-used");

      browser.logIn("tasklist", userId, password);
      browser.waitForText(TaskFilters.MY_TASKS);
      browser.driver().findElement(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'"
          + TaskFilters.MY_GROUP_TASKS + "')]")).click();
      browser.waitForText(ownTask);
      assertThat(browser.bodyText()).contains(ownTask).doesNotContain(otherTask);
      browser.screenshot("account-tasklist");
    }
  }

  @Test
  void theLoginPagesOfferANewPasswordAndTheAnswerIsTheSameForAnyAddress() throws Exception {
    String email = "jan.zapominalski." + run + "@people.example";
    PeopleFiles.Line line = new PeopleFiles.Line("Jan", "Zapominalski", email, "pracodawca", "1");
    assertThat(PeopleFiles.post(port, "admin", "admin", null, "osoby.csv", PeopleFiles.csv(List.of(line)))
        .statusCode()).isEqualTo(200);
    dispatcher.dispatch(Instant.now());
    greenMail.purgeEmailFromAllMailboxes();

    try (Browser browser = new Browser(port)) {
      for (String app : List.of("cockpit", "admin", "welcome", "tasklist")) {
        browser.open("/camunda/app/" + app + "/");
        browser.waitFor(By.cssSelector("input[ng-model=username]"));
        browser.waitFor(By.linkText("Nie pamiętasz hasła?"));
        browser.screenshot("account-login-" + app);
      }
      browser.driver().findElement(By.linkText("Nie pamiętasz hasła?")).click();
      browser.waitForText("Wpisz adres e-mail swojego konta");
      polishOnly(browser);
      browser.screenshot("account-forgotten");

      browser.driver().findElement(By.id("email")).sendKeys(email);
      browser.driver().findElement(By.id("send")).click();
      browser.waitForText("Jeśli ten adres należy do konta w systemie");
      String answerForAccount = browser.driver().findElement(By.id("answer")).getText();
      polishOnly(browser);
      browser.screenshot("account-forgotten-sent");

      browser.open("/account/forgotten");
      browser.waitFor(By.id("email")).sendKeys("nikogo." + run + "@people.example");
      browser.driver().findElement(By.id("send")).click();
      browser.waitForText("Jeśli ten adres należy do konta w systemie");
      assertThat(browser.driver().findElement(By.id("answer")).getText()).isEqualTo(answerForAccount);

      dispatcher.dispatch(Instant.now());
      assertThat(Inbox.to(greenMail, "nikogo." + run + "@people.example")).isEmpty();
      String reset = Inbox.linkPath(Inbox.to(greenMail, email).get(0));
      jdbc.update("update vet_account_token set expires_at = ? where token_hash = ?",
          OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), AccountTokens.hash(Inbox.token(reset)));
      browser.open(reset);
      browser.waitForText("Ten link wygasł.");
      polishOnly(browser);
      browser.screenshot("account-link-expired");
    }
  }

  @Test
  void anAdministratorImportsAFileOnTheAdminDashboard() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "people-files"));
    java.nio.file.Path good = dir.resolve("osoby-" + run + ".xlsx");
    java.nio.file.Files.write(good, PeopleFiles.xlsx(List.of(
        new PeopleFiles.Line("Ala", "Panelowa", "ala." + run + "@people.example", "nauczyciel", "2"),
        new PeopleFiles.Line("Ola", "Panelowa", "ola." + run + "@people.example", "księgowość", ""))));
    java.nio.file.Path wrong = dir.resolve("osoby-zle-" + run + ".csv");
    java.nio.file.Files.write(wrong, PeopleFiles.csv(List.of(
        new PeopleFiles.Line("Ela", "Panelowa", "ela." + run + "@people.example", "nauczyciel", "2"),
        new PeopleFiles.Line("Iza", "Panelowa", "iza." + run + "@people.example", "woźna", "2"))));

    try (Browser browser = new Browser(port)) {
      browser.logIn("admin", "admin", "admin");
      browser.waitForText("Import osób");
      browser.driver().findElement(By.id("vet-people-file")).sendKeys(wrong.toAbsolutePath().toString());
      browser.driver().findElement(By.id("vet-people-send")).click();
      browser.waitForText("Wiersz 3: nieznana rola „woźna”");
      assertThat(browser.bodyText()).contains("Plik nie został zaimportowany: nic z niego nie zapisano.");
      browser.screenshot("account-admin-import-refused");

      browser.driver().findElement(By.id("vet-people-file")).sendKeys(good.toAbsolutePath().toString());
      browser.driver().findElement(By.id("vet-people-send")).click();
      browser.waitForText("Plik zaimportowany (wierszy: 2, osób: 2).");
      assertThat(browser.bodyText()).contains("nowe konta (z zaproszeniem): 2", "wysłane zaproszenia: 2");
      assertThat(browser.bodyText()).doesNotContain("Choose File", "No file chosen");
      browser.screenshot("account-admin-import");
    }
    assertThat(jdbc.queryForObject("select count(*) from vet_account where email = ?", Integer.class,
        "ela." + run + "@people.example")).isZero();
    assertThat(jdbc.queryForObject("select actor from vet_account_audit where action = 'IMPORT' and details like ?",
        String.class, "%osoby-" + run + ".xlsx%")).isEqualTo("admin");
  }

  private static void polishOnly(Browser browser) {
    String text = browser.bodyText();
    for (String word : ENGLISH) {
      assertThat(text).as("English on the page").doesNotContain(word);
    }
  }

  /** A process task for {@code group} (the work filters list process tasks only: no stand-alone tasks in the product). */
  private void groupTask(String name, String group) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROBE).count() == 0) {
      repositoryService.createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn",
          Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent().userTask("probeTask")
              .name("${taskName}").camundaCandidateGroups("${group}").endEvent().done()).deploy();
    }
    runtimeService.startProcessInstanceByKey(PROBE, Map.of("taskName", name, "group", group));
  }
}
