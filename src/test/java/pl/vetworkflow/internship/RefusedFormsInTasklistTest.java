package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.InternshipScenario.*;
import static pl.vetworkflow.internship.StudentInternshipVariables.REVIEW_DECISION;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.notification.OverdueTaskReminders;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.ReminderJob;
import pl.vetworkflow.testsupport.TasklistUser;

/**
 * What a person sees in Tasklist when the server refuses what they filled in: the reason, in Polish, at
 * the place they look (the error is scrolled into view from the button at the bottom of a long form),
 * naming the field by its label and dates as dd.mm.rrrr; and nothing happened: no case started, the task
 * still open, the values typed still there. Screenshots: target/screenshots/refused-*.png.
 */
@H2IntegrationTest
class RefusedFormsInTasklistTest {
  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired OverdueTaskReminders reminderJob;

  final TasklistUser.Counter steps = new TasklistUser.Counter();

  @BeforeEach
  void submittedInMarch() {
    clock(SUBMITTED);
    jdbc.update("delete from vet_support");
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void aStartFormWithTheEndBeforeTheStartIsRefusedWithTheReasonInView() {
    long cases = history.createHistoricProcessInstanceQuery().processDefinitionKey("student-internship").count();
    try (TasklistUser school = TasklistUser.logIn(port, "school1", "refused-start", steps)) {
      school.startProcess("Staż uczniowski");
      school.type("Imię ucznia", "Julian");
      school.type("Nazwisko ucznia", "Odrzucony");
      school.type("PESEL ucznia", ADULT_PESEL);
      school.type("Klasa", "3TM");
      school.type("Zawód", "technik mechanik");
      // the hours before the dates: leaving the hours field opens the list of the select after it
      school.type("Planowana liczba godzin stażu", "150");
      school.date("Planowana data rozpoczęcia stażu", "01.06.2026");
      school.date("Planowana data zakończenia stażu", "29.05.2026");
      school.tick("otrzymał klauzulę informacyjną");

      String error = refusal(school, "button[ng-click='startProcessInstance()']");
      assertThat(error).isEqualTo("Nie udało się rozpocząć procesu: Nic nie zapisano, popraw formularz."
          + " „Planowana data zakończenia stażu”: data zakończenia 29.05.2026 jest wcześniejsza niż data"
          + " rozpoczęcia 01.06.2026");
      school.browser().screenshot("refused-start-form");
      assertThat(school.value("Imię ucznia")).as("what was typed is kept").isEqualTo("Julian");
    }
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("student-internship").count())
        .as("no case started").isEqualTo(cases);
  }

  @Test
  void aRejectionWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    InternshipScenario scenario = new InternshipScenario(runtime, tasks, identity, management,
        new ReminderJob(reminderJob, jdbc));
    Map<String, Object> application = application(ADULT_PESEL, "1");
    application.put(StudentInternshipVariables.PLANNED_HOURS, 120L); // fewer than usual: the office decides
    ProcessInstance pi = scenario.submit("school1", application);
    try (TasklistUser office = TasklistUser.logIn(port, "coordinator", "refused-task", steps)) {
      office.openTask(TaskFilters.MY_GROUP_TASKS, pi.getBusinessKey(), "Rozpatrz wniosek o staż");
      office.tick("Odrzucam wniosek");

      String error = refusal(office, "button[ng-click='complete()']");
      assertThat(error).isEqualTo("Nie udało się zakończyć zadania: Nic nie zapisano, popraw formularz."
          + " „Uzasadnienie (wymagane przy odrzuceniu i zwrocie)”: podaj uzasadnienie odrzucenia lub zwrotu do"
          + " poprawy");
      office.browser().screenshot("refused-task-form");
    }
    assertThat(scenario.task(pi, "reviewApplication")).as("the task stays open").isNotNull();
    assertThat(runtime.getVariable(pi.getId(), REVIEW_DECISION)).as("no variable written").isNull();
  }

  /** Clicks the button, waits for the error Tasklist shows and checks the person can see it without scrolling. */
  static String refusal(TasklistUser user, String buttonCss) {
    var driver = user.browser().driver();
    WebElement button = driver.findElement(By.cssSelector(buttonCss));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'});", button);
    button.click();
    WebElement alert = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
        By.cssSelector(".notifications .alert-danger")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    // scrolled into view (smoothly): its top inside the window
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
      Number top = (Number) ((JavascriptExecutor) d).executeScript("return arguments[0].getBoundingClientRect().top;", alert);
      Number height = (Number) ((JavascriptExecutor) d).executeScript("return window.innerHeight;");
      return top.doubleValue() >= 0 && top.doubleValue() < height.doubleValue();
    });
    // the colon after the status is drawn by user-styles.css (WebDriver's text leaves it out)
    WebElement status = alert.findElement(By.cssSelector("strong.status"));
    Object colon = ((JavascriptExecutor) driver).executeScript(
        "return getComputedStyle(arguments[0], '::after').content;", status);
    String message = alert.findElement(By.cssSelector(".message")).getText().strip();
    return status.getText().strip() + ("\":\"".equals(colon) ? ":" : "") + " " + message;
  }
}
