package pl.vetworkflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;

/** The programme office works in Cockpit, the administrator in Admin: both Polish, without the vendor banner. */
@H2IntegrationTest
class CockpitAndAdminBrowserTest {
  @LocalServerPort int port;

  private static JsonNode labels(String app) throws IOException {
    String json = Files.readString(Path.of(
        "src/main/resources/META-INF/resources/webjars/camunda/app/" + app + "/locales/pl.json"));
    return new ObjectMapper().readTree(json.replace("\uFEFF", "")).get("labels");
  }

  @Test
  void coordinatorSeesThePolishCockpitDashboard() throws IOException {
    JsonNode labels = labels("cockpit");
    try (Browser browser = new Browser(port)) {
      browser.logIn("cockpit", "coordinator", "coordinator");
      browser.waitForText(labels.get("DASHBOARD_RUNNING_PROCESS_INSTANCE").asText());
      browser.waitForText(labels.get("COCKPIT_PROCESSES").asText());
      browser.screenshot("cockpit-coordinator");
      assertThat(browser.bodyText()).doesNotContain("Running Process Instances", "Community Edition");
      assertThat(browser.driver().findElement(org.openqa.selenium.By.cssSelector("[cam-widget-header]"))
          .getCssValue("border-top-color")).isEqualTo("rgba(29, 79, 145, 1)");
      assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".ce-eol-banner")))
          .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    }
  }

  @Test
  void schoolCoordinatorHasNoCockpit() {
    try (Browser browser = new Browser(port)) {
      browser.logIn("cockpit", "school1", "school1");
      // Cockpit refuses users without the cockpit application permission and keeps the login form
      browser.waitFor(org.openqa.selenium.By.cssSelector(".notifications .alert-danger, .alert-danger"));
      assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("input[ng-model=username]")))
          .isNotEmpty();
    }
  }

  @Test
  void adminSeesThePolishAdmin() throws IOException {
    JsonNode labels = labels("admin");
    try (Browser browser = new Browser(port)) {
      browser.logIn("admin", "admin", "admin");
      browser.open("/camunda/app/admin/default/#/users");
      browser.waitForText("coordinator");
      browser.screenshot("admin-users");
      assertThat(browser.bodyText()).contains("school1").doesNotContain("Community Edition");
      assertThat(labels.size()).isGreaterThan(500);
    }
  }
}
