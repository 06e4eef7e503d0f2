package pl.vetworkflow.formoptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.TasklistUser;

/**
 * What a school coordinator and the programme office see of the school and employer fields of a
 * start form in Tasklist: names to pick, never a registry code to type.
 * Screenshots: target/screenshots/start-form-choices-*.png.
 */
@H2IntegrationTest
class StartFormChoicesBrowserTest {
  @LocalServerPort int port;

  @Test
  void theSchoolIsShownNotTypedAndTheEmployerIsFoundByTown() {
    try (TasklistUser user = TasklistUser.logIn(port, "school1", "start-form-choices", new TasklistUser.Counter())) {
      user.startProcess("Staż uczniowski");
      Browser school = user.browser();
      WebElement schoolField = school.waitFor(By.cssSelector("[id$='-Field_0005-display']"));
      assertThat(schoolField.getText()).startsWith("Technikum nr 1 w Opolu");
      // read-only: the school coordinator's own school, no list to open
      assertThat(schoolField.findElement(By.xpath("..")).getAttribute("class")).contains("readonly");

      WebElement employer = school.waitFor(By.cssSelector("input[id$='-Field_0014']"));
      employer.click();
      employer.sendKeys("Nysa");
      List<String> offered = school.driver().findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
          .map(WebElement::getText).toList();
      assertThat(offered).containsExactly("Elektro-Serwis Nysa S.A., Nysa, NIP 7532220007");
      school.screenshot("start-form-choices-1-school-employer-search");
      employer.sendKeys(Keys.ENTER);
      assertThat(school.bodyText()).doesNotContain("identyfikator");
      school.screenshot("start-form-choices-2-employer-picked");
    }
  }

  @Test
  void theProgrammeOfficePicksTheSchoolOfACourseByName() {
    try (TasklistUser user = TasklistUser.logIn(port, "coordinator", "start-form-choices", new TasklistUser.Counter())) {
      user.startProcess("Kurs");
      Browser office = user.browser();
      WebElement search = office.waitFor(By.cssSelector("input[id$='-Field_course_003']"));
      search.click();
      search.sendKeys("Nys");
      List<String> offered = office.driver().findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
          .map(WebElement::getText).toList();
      assertThat(offered).hasSize(2).allSatisfy(s -> assertThat(s).contains("Nys"));
      office.screenshot("start-form-choices-3-course-school-search");
    }
  }
}
