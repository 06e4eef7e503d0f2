package pl.vetworkflow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;

/**
 * {@link TaskCardChecks} on H2, and in Chromium: employer1 has two "Potwierdź przyjęcie na staż"
 * cards that differ by case number and pupil; typing one pupil's surname into the search box and
 * pressing Enter leaves only their card.
 */
@H2IntegrationTest
class TaskCardsOnH2Test extends TaskCardChecks {
  @Test
  void employerTellsPlacementsApartAndFindsOneBySurname() {
    ProcessInstance kowalski = pupil("Jan", "Kowalski");
    ProcessInstance wisniewska = pupil("Zofia", "Wiśniewska");

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
}
