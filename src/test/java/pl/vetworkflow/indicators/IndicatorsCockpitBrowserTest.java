package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.support.SupportRegistry.Kind;
import pl.vetworkflow.support.SupportRegistry.Status;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * The programme office finds "Wskaźniki programu" on the Cockpit dashboard, with the endpoint's figures,
 * and below it what is missing per school and the progress over time as charts.
 */
@H2IntegrationTest
class IndicatorsCockpitBrowserTest {
  @LocalServerPort int port;
  @Autowired ParticipantRegistry participants;
  @Autowired SupportRegistry supports;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

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

  @Test
  void coordinatorSeesWhatIsMissingAndTheProgressChartsInCockpit() throws Exception {
    // people of two schools: some complete, some not; completed internships over a few months
    Map<MonitoringField, String> complete = new EnumMap<>(MonitoringField.class);
    for (MonitoringField field : MonitoringField.of(MonitoringField.Stage.ENTRY)) {
      complete.put(field, field.domain().codes().isEmpty() ? (field == MonitoringField.POSTAL_CODE ? "45-062"
          : field == MonitoringField.PHONE ? "600 100 200" : field == MonitoringField.EMAIL ? "a@example.pl" : "Opole")
          : field.domain().codes().get(0));
    }
    // (schools 5 and 6: the other test's people are in 1 and 2)
    String[][] people = {{"Karolina", "Lewandowska", "5"}, {"Marek", "Mazur", "5"}, {"Natalia", "Nowicka", "6"},
        {"Oskar", "Ostrowski", "6"}, {"Paweł", "Pawlak", "5"}};
    for (int i = 0; i < people.length; i++) {
      Participant p = participants.register(TestPesels.random(LocalDate.of(2007, 1 + i, 10), i % 2 == 0), people[i][0],
          people[i][1], ParticipantType.STUDENT, people[i][2], LocalDate.of(2025, 10, 1));
      Map<MonitoringField, String> data = new EnumMap<>(complete);
      if (i == 1) {
        data.remove(MonitoringField.EDUCATION);
        data.remove(MonitoringField.DISABILITY);
      } else if (i == 3) {
        data.remove(MonitoringField.POSTAL_CODE);
      }
      if (i != 4) {
        data.put(MonitoringField.EXIT_SITUATION, "CONTINUES_EDUCATION"); // Paweł Pawlak's is still missing
      }
      participants.recordMonitoringData(p.id(), data);
      for (int k = 0; k <= i; k++) {
        String key = "UI/" + UUID.randomUUID().toString().substring(0, 8);
        supports.start(p.id(), Kind.STUDENT_INTERNSHIP, key, "test-" + key, LocalDate.of(2025, 10, 1));
        supports.finish(Kind.STUDENT_INTERNSHIP, key, Status.COMPLETED, LocalDate.of(2025, 11, 20).plusMonths(2L * k + i), 150);
      }
    }
    // open cases in two steps
    String processKey = "cockpitTrendsCase";
    repositoryService.createDeployment().addModelInstance(processKey + ".bpmn",
        Bpmn.createExecutableProcess(processKey).name("Wniosek o staż uczniowski").camundaHistoryTimeToLive(1)
            .startEvent().exclusiveGateway().condition("ocena", "${step == 1}")
            .userTask("assess").name("Ocena wniosku przez koordynatora").endEvent()
            .moveToLastGateway().condition("umowa", "${step == 2}")
            .userTask("sign").name("Podpisanie umowy stażowej").endEvent().done()).deploy();
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      instances.add(runtimeService.startProcessInstanceByKey(processKey, Map.of("step", i < 3 ? 1 : 2)).getId());
    }
    try (Browser browser = new Browser(port)) {
      browser.logIn("cockpit", "coordinator", "coordinator");
      browser.waitForText("Kompletność danych uczestników");
      WebElement completeness = browser.waitFor(By.cssSelector("[data-vet-completeness=loaded]"));
      assertThat(completeness.getText()).contains("Pobierz XLSX", "Pobierz CSV");
      assertThat(row(completeness, "Branżowa Szkoła I Stopnia w Brzegu")).isEqualTo(
          "Branżowa Szkoła I Stopnia w Brzegu 3 2\nWykształcenie: 1\nOsoba z niepełnosprawnościami: 1\n"
              + "Sytuacja osoby w momencie zakończenia udziału w projekcie: 1");
      assertThat(row(completeness, "Technikum Rolnicze w Głubczycach"))
          .isEqualTo("Technikum Rolnicze w Głubczycach 2 1\nKod pocztowy: 1");
      assertThat(completeness.findElement(By.linkText("Pobierz CSV")).getAttribute("href"))
          .endsWith("/api/exports/participants.csv");
      assertThat(completeness.findElement(By.linkText("Pobierz XLSX")).getAttribute("href"))
          .endsWith("/api/exports/participants.xlsx");
      browser.js("arguments[0].scrollIntoView(true);", completeness);
      browser.screenshot("cockpit-completeness");

      WebElement trends = browser.waitFor(By.cssSelector("[data-vet-trends=loaded]"));
      List<WebElement> charts = trends.findElements(By.cssSelector("figure svg"));
      assertThat(charts).hasSize(11);
      WebElement internships = trends.findElement(By.cssSelector("figure[data-activity=student-internships] svg"));
      assertThat(internships.findElements(By.cssSelector("polyline[data-series=wykonanie]"))).hasSize(1);
      assertThat(internships.findElements(By.cssSelector("polyline[data-series=plan]"))).hasSize(1);
      assertThat(internships.findElement(By.tagName("title")).getAttribute("textContent"))
          .isEqualTo("Staże uczniowskie: wykonanie 15, cel 900");
      assertThat(internships.getText()).contains("wykonanie", "plan", "wrz 2025", "sie 2027");
      WebElement visits = trends.findElement(By.cssSelector("figure[data-activity=study-visits]"));
      assertThat(visits.getText()).contains("cel nieustalony");
      assertThat(visits.findElements(By.cssSelector("polyline[data-series=plan]"))).isEmpty();
      WebElement steps = trends.findElement(By.cssSelector("svg[data-series='otwarte zadania']"));
      assertThat(steps.getText()).contains("Wniosek o staż uczniowski – Ocena wniosku przez koordynatora",
          "Wniosek o staż uczniowski – Podpisanie umowy stażowej");
      assertThat(steps.findElements(By.tagName("rect"))).hasSizeGreaterThanOrEqualTo(2);
      assertThat(browser.errorNotifications()).isEmpty();
      browser.js("arguments[0].scrollIntoView(true);", trends);
      browser.screenshot("cockpit-trends");
      browser.js("arguments[0].scrollIntoView(true);", steps);
      browser.screenshot("cockpit-open-steps");
    } finally {
      instances.forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
    }
  }

  /** The text of the first table row that starts with {@code first}. */
  private static String row(WebElement section, String first) {
    return section.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
        .filter(t -> t.startsWith(first)).findFirst().orElseThrow(() -> new AssertionError("no row " + first));
  }
}
