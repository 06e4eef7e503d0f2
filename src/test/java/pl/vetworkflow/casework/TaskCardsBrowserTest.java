package pl.vetworkflow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.internship.StudentInternshipVariables;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.CaseScenario;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.StudentInternshipDriver;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * employer1 in Tasklist: two "Potwierdź przyjęcie na staż" cards that differ by case number and
 * pupil; typing one pupil's surname into the search box and pressing Enter leaves only their card.
 */
@H2IntegrationTest
class TaskCardsBrowserTest {
  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void employerTellsPlacementsApartAndFindsOneBySurname() {
    CaseScenario cases = new CaseScenario(runtime, tasks, identity);
    jdbc.update("delete from vet_support");
    ProcessInstance kowalski = pupil(cases, "Jan", "Kowalski");
    ProcessInstance wisniewska = pupil(cases, "Zofia", "Wiśniewska");

    try (Browser browser = new Browser(port)) {
      browser.logIn("tasklist", "employer1", "employer1");
      browser.waitFor(By.xpath("//a[contains(., '" + TaskFilters.MY_GROUP_TASKS + "')]")).click();
      browser.waitForText("Zofia Wiśniewska");
      browser.waitForText("Jan Kowalski");
      List<String> cards = cardTexts(browser);
      browser.screenshot("tasklist-cards-employer1");
      assertThat(cards).anySatisfy(card -> assertThat(card).contains("Potwierdź przyjęcie na staż",
          "Nr sprawy:", kowalski.getBusinessKey(), "Dotyczy:", "Jan Kowalski, Technikum nr 1 w Opolu",
          "Czeka na:", "Opolskie Zakłady Mechaniczne Sp. z o.o."));
      assertThat(cards).anySatisfy(card -> assertThat(card).contains(wisniewska.getBusinessKey(),
          "Zofia Wiśniewska, Technikum nr 1 w Opolu"));
      assertThat(browser.bodyText()).doesNotContain("cardSubject", "cardCaseNumber", "employer-1", "school-1");

      WebElement search = browser.waitFor(By.cssSelector(".search-container > input.main-field"));
      assertThat(search.getAttribute("placeholder")).isEqualTo("Szukaj: nazwisko, nr sprawy");
      search.sendKeys("Wiśniewska");
      search.sendKeys(Keys.ENTER);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> cardTexts(browser).size() == 1);
      browser.screenshot("tasklist-cards-employer1-search");
      assertThat(cardTexts(browser)).singleElement().satisfies(card -> assertThat(card)
          .contains(wisniewska.getBusinessKey(), "Zofia Wiśniewska").doesNotContain("Kowalski"));
      assertThat(browser.driver().findElements(By.cssSelector(".alert-danger, .notifications .alert")))
          .noneMatch(WebElement::isDisplayed);
    }
  }

  private static List<String> cardTexts(Browser browser) {
    return browser.driver().findElements(By.cssSelector("ol.tasks-list > li.task")).stream()
        .map(WebElement::getText).toList();
  }

  private static ProcessInstance pupil(CaseScenario cases, String first, String last) {
    CaseScenario.clock(StudentInternshipDriver.SUBMITTED);
    Map<String, Object> application = StudentInternshipDriver.application(
        TestPesels.random(LocalDate.of(2007, 3, 1), last.endsWith("a")), 150L);
    application.put(StudentInternshipVariables.STUDENT_FIRST_NAME, first);
    application.put(StudentInternshipVariables.STUDENT_LAST_NAME, last);
    return cases.start("school1", StudentInternshipVariables.PROCESS_KEY, application);
  }
}
