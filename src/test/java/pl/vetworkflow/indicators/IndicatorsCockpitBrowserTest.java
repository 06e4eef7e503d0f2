package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.TestPesels;

/** The programme office finds "Wskaźniki programu" on the Cockpit dashboard, with the endpoint's figures. */
@H2IntegrationTest
class IndicatorsCockpitBrowserTest {
  @LocalServerPort int port;
  @Autowired ParticipantRegistry participants;

  @Test
  void coordinatorReadsTheIndicatorsInCockpit() throws Exception {
    String anna = TestPesels.random(LocalDate.of(2002, 7, 8), true);
    String ewa = TestPesels.random(LocalDate.of(1985, 12, 16), true);
    participants.register(anna, "Anna", "Kowalska", ParticipantType.STUDENT, "1", LocalDate.of(2026, 3, 2));
    participants.register(ewa, "Ewa", "Nowak", ParticipantType.TEACHER, "2", LocalDate.of(2026, 2, 1));
    JsonNode api = new ObjectMapper().readTree(
        Http.basic(port, "coordinator", "coordinator").get("/api/indicators").body());
    long total = api.get("participants").get("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(2);

    try (Browser browser = new Browser(port)) {
      browser.logIn("cockpit", "coordinator", "coordinator");
      browser.waitForText("Wskaźniki programu");
      WebElement plugin = browser.waitFor(By.cssSelector("[data-vet-indicators=loaded]"));
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);", plugin);
      browser.screenshot("cockpit-indicators");
      // first row of the "by sex and age" table: the total number of persons
      WebElement demography = plugin.findElements(By.cssSelector("table")).get(2);
      String shown = demography.findElement(By.cssSelector("tbody td")).getText();
      assertThat(shown).isEqualTo(NumberFormat.getIntegerInstance(Locale.forLanguageTag("pl-PL")).format(total));
      // Polish number format: no separator below 10 000
      assertThat(plugin.getText()).contains("Staże uczniowskie 900", "Uczestnicy ogółem 1200", "Technikum nr 1 w Opolu");
    }
  }
}
