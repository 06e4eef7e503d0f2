package pl.vetworkflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.course.CourseKind;
import pl.vetworkflow.course.CourseVariables;
import pl.vetworkflow.internship.StudentInternshipVariables;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.CaseScenario;
import pl.vetworkflow.testsupport.Eventually;
import pl.vetworkflow.testsupport.H2IntegrationTest;

/**
 * Camunda Forms in Polish in a real (English) Chromium: form-js 1.8.7 messages and texts, dd.mm.rrrr
 * dates with a Polish calendar, amounts with a decimal comma and "zł" (tasklist/scripts/vet-forms-pl.js),
 * and a Tasklist that offers each demo user only what they may do. Screenshots:
 * target/screenshots/polish-forms-*.png.
 */
@H2IntegrationTest
class PolishFormsBrowserTest {
  /** A pupil of no other test (the H2 database is shared by the H2 test classes). */
  static final String PESEL = Pesel.of(LocalDate.of(2007, 10, 12), 8181).value();

  /** English texts form-js 1.8.7 and flatpickr would show (packages/form-js-viewer/src at v1.8.7). */
  static final List<String> ENGLISH = List.of("Field is required", "Field must", "must match pattern",
      "Value is", "Please select", "Date and time", "Add new", "Expand all", "Collapse", "Nothing to show",
      "No results", "All values selected", "Skip to search", "Search", "Select", "Increment", "Decrement",
      "Remove list item", "Previous page", "Next page", "Click to", "No content", "External content",
      "image placeholder", "mm/dd/yyyy", "hh:mm", "January", "February", "March", "December", "Sun", "Mon",
      "Year", "Month");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;

  @Test
  void studentInternshipStartFormSpeaksPolishAndTakesPolishDates() {
    try (Browser school = new Browser(port)) {
      school.logIn("tasklist", "school1", "school1");
      school.click(By.cssSelector(".start-process-action a"));
      school.click(By.xpath("//a[contains(normalize-space(.),'Staż uczniowski')]"));
      school.waitFor(By.cssSelector(".fjs-form"));
      assertThat(input(school, "Field_0015-date").getAttribute("placeholder")).isEqualTo("dd.mm.rrrr");

      school.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
      school.waitFor(By.cssSelector(".fjs-form-field-error"));
      school.screenshot("polish-forms-1-empty-start-form-submitted");
      assertThat(errorsOf(school, "Field_0002")).containsExactly("Pole jest wymagane.");
      assertThat(errorsOf(school, "Field_0015-date")).containsExactly("Pole jest wymagane.");
      assertThat(errorsOf(school, "Field_0017")).containsExactly("Pole jest wymagane.");
      assertNoEnglish(school);

      type(school, "Field_0004", "123");
      type(school, "Field_0003", "Kalendarzowa"); // leaves the PESEL field: its value is checked
      school.waitForText("Niepoprawny format: wpisz 11 cyfr.");
      assertThat(errorsOf(school, "Field_0004")).containsExactly("Niepoprawny format: wpisz 11 cyfr.");
      school.screenshot("polish-forms-2-wrong-pesel-format");
      assertNoEnglish(school);

      replace(school, "Field_0004", PESEL);
      type(school, "Field_0002", "Julia");
      type(school, "Field_0006", "3TM");
      type(school, "Field_0007", "technik mechanik");
      type(school, "Field_0014", "Opolskie Zakłady"); // the employer list, searched by name
      school.click(By.cssSelector(".fjs-dropdownlist-item"));
      type(school, "Field_0015-date", "01.02.2027");
      type(school, "Field_0016-date", "26.3.2027"); // one-digit month typed: shown with zeros
      type(school, "Field_0017", "150");
      school.click(By.cssSelector(".fjs-form [id$='-Field_0018']"));
      assertThat(input(school, "Field_0015-date").getAttribute("value")).isEqualTo("01.02.2027");
      assertThat(input(school, "Field_0016-date").getAttribute("value")).isEqualTo("26.03.2027");
      assertThat(errorsOf(school, "Field_0015-date")).isEmpty();

      school.click(By.cssSelector(".fjs-form [id$='-Field_0015-date']")); // opens the calendar
      WebElement calendar = school.waitFor(By.cssSelector(".flatpickr-calendar.open"));
      assertThat(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months option:checked")).getText())
          .isEqualTo("Luty");
      assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")).get(0).getText().trim()).isEqualTo("Pn");
      assertThat(calendar.getText()).contains("Pn", "Wt", "Śr", "Cz", "Pt", "So", "Nd");
      school.screenshot("polish-forms-3-polish-calendar");
      assertNoEnglish(school);
      school.click(By.cssSelector(".fjs-form [id$='-Field_0017']")); // closes the calendar (Escape would close the dialog)
      assertThat(input(school, "Field_0015-date").getAttribute("value")).isEqualTo("01.02.2027");

      school.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
      school.waitForText("Proces został rozpoczęty.");
      assertThat(school.errorNotifications()).isEmpty();
    }
    ProcessInstance instance = Eventually.poll(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(StudentInternshipVariables.PROCESS_KEY)
        .variableValueEquals(StudentInternshipVariables.STUDENT_PESEL, PESEL).singleResult());
    assertThat(runtime.getVariable(instance.getId(), StudentInternshipVariables.PLANNED_START_DATE)).isEqualTo("2027-02-01");
    assertThat(runtime.getVariable(instance.getId(), StudentInternshipVariables.PLANNED_END_DATE)).isEqualTo("2027-03-26");
  }

  @Test
  void courseCorrectionShowsZlotyAndTakesADecimalComma() {
    CaseScenario cases = new CaseScenario(runtime, tasks, identity);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put(CourseVariables.COURSE_KIND, CourseKind.STUDENT_QUALIFICATION_COURSE.name());
    request.put(CourseVariables.SCHOOL_ID, "1");
    request.put(CourseVariables.TOPIC, "Kwalifikacja MEC.08 – obróbka skrawaniem CNC (formularze)");
    request.put(CourseVariables.PROFESSION, "technik mechanik");
    request.put(CourseVariables.PLANNED_HOURS, 60L);
    request.put(CourseVariables.PLANNED_START_DATE, "2027-04-12");
    request.put(CourseVariables.PLANNED_END_DATE, "2027-04-23");
    request.put(CourseVariables.SEATS, 12L);
    request.put(CourseVariables.JUSTIFICATION, "Potrzeba zgłoszona przez pracodawców regionu.");
    request.put(CourseVariables.ESTIMATED_COST, 12000.0);
    ProcessInstance course = cases.start("school1", CourseVariables.PROCESS_KEY, request);
    cases.complete("coordinator", course, "reviewCourseRequest",
        Map.of(CourseVariables.REVIEW_DECISION, CourseVariables.RETURN, CourseVariables.REVIEW_REASON, "Podaj koszt z oferty."));
    Task correction = cases.task(course, "correctCourseRequest");

    try (Browser school = new Browser(port)) {
      school.logIn("tasklist", "school1", "school1");
      school.waitFor(By.cssSelector(".task-filters .task-filter"));
      school.open("/camunda/app/tasklist/default/#/?task=" + correction.getId());
      school.waitForText(correction.getName());
      school.click(By.cssSelector("[ng-click='claim()']"));
      school.waitFor(By.cssSelector(".fjs-form"));

      // changing follow-up date, due date or groups needs TASK_ASSIGN, which no working role has
      assertThat(school.driver().findElements(By.cssSelector(".meta .followup-date")).stream()
          .noneMatch(WebElement::isDisplayed)).isTrue();
      assertThat(school.driver().findElement(By.cssSelector(".meta .due-date")).getCssValue("pointer-events"))
          .isEqualTo("none");
      WebElement cost = input(school, "Field_course_023");
      assertThat(cost.findElement(By.xpath("ancestor::div[contains(@class,'fjs-input-group')]")).getText())
          .contains("zł");
      assertThat(cost.getAttribute("value")).isEqualTo("12000");
      // a date filled from a variable shows as dd.mm.rrrr
      assertThat(input(school, "Field_course_019-date").getAttribute("value")).isEqualTo("12.04.2027");

      replace(school, "Field_course_023", "12345,50");
      assertThat(cost.getAttribute("value")).isEqualTo("12345,50");
      cost.sendKeys("9"); // a third decimal digit is refused, as form-js does with a dot
      assertThat(cost.getAttribute("value")).isEqualTo("12345,50");
      replace(school, "Field_course_021", "12"); // seats: any other field, the cost field loses focus
      assertThat(errorsOf(school, "Field_course_023")).isEmpty();
      school.screenshot("polish-forms-4-amount-with-comma-and-zloty");
      assertNoEnglish(school);

      school.click(By.cssSelector("button[ng-click='complete()']"));
      Eventually.poll(() -> tasks.createTaskQuery().taskId(correction.getId()).count() == 0 ? Boolean.TRUE : null);
      assertThat(school.errorNotifications()).isEmpty();
    }
    assertThat(runtime.getVariable(course.getId(), CourseVariables.ESTIMATED_COST)).isEqualTo(12345.5);
  }

  /**
   * A test-only form with every kind of field and check form-js 1.8.7 has (src/test/resources/tasklist):
   * each message and text it can show comes out Polish, also after re-renders.
   */
  @Test
  void everyFormJsMessageAndTextIsPolish() {
    String deployment = repository.createDeployment().name("form-js-probe")
        .addClasspathResource("tasklist/form-js-probe.bpmn").addClasspathResource("tasklist/form-js-probe.form")
        .deploy().getId();
    try (Browser admin = new Browser(port)) {
      String probe = runtime.startProcessInstanceByKey("formJsProbe",
          Map.of("probeAmountText", "1234.5", "probeAmountNumber", 12500.5)).getId();
      Task task = tasks.createTaskQuery().processInstanceId(probe).singleResult();
      admin.logIn("tasklist", "admin", "admin");
      admin.waitFor(By.cssSelector(".task-filters .task-filter"));
      admin.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
      admin.waitFor(By.cssSelector(".fjs-form"));

      // read-only amounts as Polish amounts
      assertThat(input(admin, "probe_amount_text").getAttribute("value")).isEqualTo("1234,50");
      assertThat(input(admin, "probe_amount_number").getAttribute("value").replace('\u00a0', ' ')).isEqualTo("12 500,50");

      type(admin, "probe_text", "ab");
      type(admin, "probe_email", "zly-adres");
      type(admin, "probe_phone", "123");
      type(admin, "probe_pattern", "x1");
      type(admin, "probe_number", "0,7");
      type(admin, "probe_datetime-time", "10:00");
      type(admin, "probe_searchable", "zzz");
      admin.waitForText("Brak wyników");
      assertThat(errorsOf(admin, "probe_text")).containsExactly("Wartość musi mieć co najmniej 3 znaki.");
      assertThat(errorsOf(admin, "probe_email")).containsExactly("Podaj poprawny adres e-mail.");
      assertThat(errorsOf(admin, "probe_phone")).containsExactly(
          "Podaj poprawny numer telefonu w formacie międzynarodowym (np. +48600100200).");
      assertThat(errorsOf(admin, "probe_pattern")).containsExactly("Wartość ma niepoprawny format.");
      assertThat(errorsOf(admin, "probe_number")).containsExactly(
          "Podaj poprawną wartość; najbliższe poprawne wartości to 0,5 i 1.", "Wartość musi wynosić co najmniej 1,5.");
      assertThat(errorsOf(admin, "probe_datetime-time")).containsExactly("Podaj datę i godzinę.");
      assertThat(admin.bodyText()).contains("Wybierz", "Dodaj pozycję", "Rozwiń wszystkie (2)", "1 z 2", "Brak danych.",
          "Brak treści do wyświetlenia.");
      admin.screenshot("polish-forms-6-form-js-probe");
      assertNoEnglish(admin);

      replace(admin, "probe_text", "abcdefg"); // the message is re-rendered with another number
      replace(admin, "probe_integer", "3");
      assertThat(errorsOf(admin, "probe_text")).containsExactly("Wartość może mieć najwyżej 5 znaków.");
      admin.click(By.cssSelector(".fjs-repeat-render-collapse"));
      admin.waitForText("Zwiń");
      assertNoEnglish(admin);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void everyDemoUserSeesOnlyWhatTheyMayDoAndNoError() {
    Map<String, Boolean> mayStart = new LinkedHashMap<>();
    mayStart.put("coordinator", true);
    mayStart.put("school1", true);
    mayStart.put("school2", true);
    mayStart.put("teacher1", false);
    mayStart.put("employer1", false);
    mayStart.put("employer2", false);
    mayStart.put("accountant", false);
    try (Browser browser = new Browser(port)) {
      mayStart.forEach((user, starts) -> {
        browser.logIn("tasklist", user, user);
        browser.waitFor(By.cssSelector(".task-filters .task-filter"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)) // "may this user start anything?" answered
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-vet-start-answered]")));
        browser.screenshot("polish-forms-5-tasklist-" + user);
        assertThat(browser.driver().findElements(By.cssSelector(".start-process-action a")).stream()
            .anyMatch(WebElement::isDisplayed)).as("%s sees 'Rozpocznij proces'", user).isEqualTo(starts);
        assertThat(browser.driver().findElements(By.cssSelector(".create-task-action a")).stream()
            .anyMatch(WebElement::isDisplayed)).as("%s sees 'Utwórz zadanie'", user).isFalse();
        assertThat(browser.errorNotifications()).isEmpty();
        assertThat(browser.bodyText()).as("Tasklist of %s", user).doesNotContain("Create task", "Start process",
            "My tasks", "Keyboard shortcuts", "Filter", "No task", "Created", "Log out", "Camunda 7 Community Edition");
        browser.driver().manage().deleteAllCookies(); // a fresh session for the next user
      });
    }
  }

  // ---------------------------------------------------------------- helpers

  static WebElement input(Browser browser, String componentId) {
    return browser.waitFor(By.cssSelector(".fjs-form [id$='-" + componentId + "']"));
  }

  static void type(Browser browser, String componentId, String text) {
    WebElement input = browser.click(By.cssSelector(".fjs-form [id$='-" + componentId + "']"));
    input.sendKeys(text);
    if (componentId.endsWith("-date")) {
      input.sendKeys(Keys.TAB); // flatpickr takes a typed date on blur
    }
  }

  /** Selects what the field holds and types over it, as a user does. */
  static void replace(Browser browser, String componentId, String text) {
    WebElement input = browser.click(By.cssSelector(".fjs-form [id$='-" + componentId + "']"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    input.sendKeys(text);
  }

  /** The messages form-js shows under the field of this component. */
  @SuppressWarnings("unchecked")
  static List<String> errorsOf(Browser browser, String componentId) {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
        "const input = document.querySelector(\".fjs-form [id$='-\" + arguments[0] + \"']\");"
            + "const field = input.closest('.fjs-form-field');"
            + "return [...field.querySelectorAll('.fjs-form-field-error li')].map(e => e.textContent);", componentId);
  }

  /** Neither the form's texts nor its placeholders, labels for screen readers, titles or alt texts are English. */
  static void assertNoEnglish(Browser browser) {
    String shown = (String) ((JavascriptExecutor) browser.driver()).executeScript(
        "const form = document.querySelector('.fjs-container');"
            + "const attributes = [...form.querySelectorAll('[placeholder],[aria-label],[title],[alt]')]"
            + "  .flatMap(e => ['placeholder', 'aria-label', 'title', 'alt'].map(a => e.getAttribute(a)))"
            + "  .filter(v => v && v !== 'Powered by bpmn.io');" // the bpmn.io watermark stays as licensed
            + "return form.innerText + '\\n' + attributes.join('\\n');");
    assertThat(shown).doesNotContain(ENGLISH);
  }

}
