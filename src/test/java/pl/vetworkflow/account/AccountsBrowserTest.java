package pl.vetworkflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
  private static final List<String> ENGLISH = List.of("Password", "password", "Submit", "Sign in", "Email", "Send",
      "expired", "invalid");

  @LocalServerPort int port;
  @Autowired MailDispatcher dispatcher;
  @Autowired TaskService taskService;
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
      assertThat(browser.bodyText()).contains("Login: " + userId, "Zasady hasła:", "co najmniej 10 znaków",
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
      assertThat(browser.bodyText()).contains("Login: " + userId);
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

  private static void polishOnly(Browser browser) {
    String text = browser.bodyText();
    for (String word : ENGLISH) {
      assertThat(text).as("English on the page").doesNotContain(word);
    }
  }

  private void groupTask(String name, String group) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), group);
  }
}
