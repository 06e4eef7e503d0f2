package pl.vetworkflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;

/** A demo user logs in to Tasklist in a real browser and gets the Polish, programme-branded UI. */
@H2IntegrationTest
class TasklistBrowserTest {
  @LocalServerPort int port;

  private static JsonNode polishLabels() throws IOException {
    String json = Files.readString(Path.of(
        "src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/pl.json"));
    return new ObjectMapper().readTree(json.replace("\uFEFF", "")).get("labels");
  }

  @Test
  void schoolCoordinatorSeesPolishTasklist() throws IOException {
    JsonNode labels = polishLabels();
    try (Browser browser = new Browser(port)) { // an English browser: Polish must still be the default
      browser.open("/camunda/app/tasklist/");
      browser.waitForText(labels.get("PAGE_LOGIN_SIGN_IN_ACTION").asText());
      browser.screenshot("tasklist-login");

      browser.logIn("tasklist", "school1", "school1");
      browser.waitForText(TaskFilters.MY_TASKS);
      browser.waitForText(labels.get("START_PROCESS").asText());
      String page = browser.bodyText();
      browser.screenshot("tasklist-school1");

      assertThat(page).contains(TaskFilters.MY_TASKS, TaskFilters.MY_GROUP_TASKS, TaskFilters.OVERDUE,
              TaskFilters.PARTICIPANT_DATA)
          .doesNotContain(TaskFilters.ALL_TASKS) // coordinators only
          .doesNotContain("Start process", "Log out", "Camunda 7 Community Edition");
      // the shared programme stylesheet is served and applied (navy header stripe)
      assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector("[cam-widget-header]"))
          .getCssValue("border-top-color")).isEqualTo("rgba(29, 79, 145, 1)");
    }
  }
}
