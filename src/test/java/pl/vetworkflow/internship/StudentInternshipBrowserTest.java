package pl.vetworkflow.internship;

import pl.vetworkflow.participant.Pesel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;

/**
 * A student internship in the Polish Tasklist of a real (headless) browser: school1 submits the
 * application through the Camunda start form, the coordinator approves it (120 planned hours are
 * outside 150-160, so the eligibility table sends it to review), employer1 confirms the placement.
 * Screenshots of each step: target/screenshots/student-internship-*.png.
 *
 * <p>form-js renders inputs with ids {@code fjs-form-<random>-<component id>} (the component's
 * {@code id} in the .form file, not its key), dates as flatpickr text inputs in dd.mm.rrrr
 * (tasklist/scripts/vet-forms-pl.js).
 */
@H2IntegrationTest
class StudentInternshipBrowserTest {
  /** A pupil of no other test (the H2 database is shared by the H2 test classes). */
  static final String PESEL = Pesel.of(LocalDate.of(2006, 9, 9), 7771).value();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void schoolSubmitsCoordinatorApprovesEmployerConfirms() {
    try (Browser school = new Browser(port)) {
      school.logIn("tasklist", "school1", "school1");
      school.waitFor(By.cssSelector(".start-process-action a")).click();
      school.waitFor(By.xpath("//a[contains(normalize-space(.),'Staż uczniowski')]")).click();
      school.waitFor(By.cssSelector(".fjs-form"));
      type(school, "Field_0002", "Zofia");
      type(school, "Field_0003", "Przeglądarkowa");
      type(school, "Field_0004", PESEL);
      // the school is the coordinator's own, shown and not typed
      assertThat(school.waitFor(By.cssSelector("[id$='-Field_0005-display']")).getText()).startsWith("Technikum nr 1 w Opolu");
      type(school, "Field_0006", "4TM");
      type(school, "Field_0007", "technik mechanik");
      type(school, "Field_0014", "Opolskie Zakłady");
      school.waitFor(By.cssSelector(".fjs-dropdownlist-item")).click();
      type(school, "Field_0015-date", "01.02.2027");
      type(school, "Field_0016-date", "26.03.2027");
      type(school, "Field_0017", "120");
      click(school, By.cssSelector(".fjs-form [id$='-Field_0018']"));
      school.screenshot("student-internship-1-start-form-filled");
      click(school, By.cssSelector("button[ng-click='startProcessInstance()']"));
      school.waitForText("Proces został rozpoczęty.");
      school.screenshot("student-internship-2-started");
    }
    ProcessInstance instance = waitForInstance();
    assertThat(instance.getBusinessKey()).matches("SU/\\d{4}/\\d{4}");
    assertThat(runtime.getVariable(instance.getId(), StudentInternshipVariables.ELIGIBILITY)).isEqualTo("REVIEW");
    assertThat(runtime.getVariable(instance.getId(), StudentInternshipVariables.PLANNED_START_DATE)).isEqualTo("2027-02-01");
    assertThat(runtime.getVariable(instance.getId(), StudentInternshipVariables.PLANNED_HOURS)).isEqualTo(120L);

    Task review = task(instance, "reviewApplication");
    try (Browser coordinator = new Browser(port)) {
      coordinator.logIn("tasklist", "coordinator", "coordinator");
      openAndClaim(coordinator, review);
      click(coordinator, By.xpath("//label[contains(normalize-space(.),'Zatwierdzam wniosek')]"));
      coordinator.screenshot("student-internship-3-review-approve");
      complete(coordinator);
      coordinator.screenshot("student-internship-4-review-completed");
    }
    waitUntilDone(review);
    Task placement = task(instance, "confirmPlacement");
    assertThat(runtime.getVariable(instance.getId(), StudentInternshipVariables.REVIEW_DECISION)).isEqualTo("APPROVE");

    try (Browser employer = new Browser(port)) {
      employer.logIn("tasklist", "employer1", "employer1");
      openAndClaim(employer, placement);
      click(employer, By.xpath("//label[contains(normalize-space(.),'Przyjmujemy na staż')]"));
      type(employer, "Field_0068", "Adam Nowak");
      type(employer, "Field_0071", "Hala B, dział obróbki");
      employer.screenshot("student-internship-5-placement-confirm");
      complete(employer);
      employer.screenshot("student-internship-6-placement-completed");
    }
    waitUntilDone(placement);
    assertThat(runtime.getVariable(instance.getId(), EmployerPlacementVariables.PLACEMENT_DECISION)).isEqualTo("CONFIRM");
    assertThat(runtime.getVariable(instance.getId(), EmployerPlacementVariables.TUTOR_NAME)).isEqualTo("Adam Nowak");
    assertThat(task(instance, "approveProgramme")).isNotNull();
  }

  // ---------------------------------------------------------------- helpers

  static void type(Browser browser, String componentId, String text) {
    WebElement input = click(browser, By.cssSelector(".fjs-form [id$='-" + componentId + "']"));
    input.sendKeys(text);
    if (componentId.endsWith("-date")) {
      input.sendKeys(Keys.TAB); // flatpickr takes a typed date on blur
    }
  }

  /**
   * Scrolls the element to the middle of the view and clicks it; while the form is still laying itself
   * out another element may be in the way for a moment, so an intercepted click is retried (up to 20 s).
   */
  static WebElement click(Browser browser, By locator) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .ignoring(ElementClickInterceptedException.class)
        .until(d -> {
          WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
          if (element == null) {
            return null;
          }
          ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
          element.click();
          return element;
        });
  }

  static void openAndClaim(Browser browser, Task task) {
    browser.waitFor(By.cssSelector(".task-filters .task-filter")); // logged in (not every user may start a process)
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    browser.waitForText(task.getName());
    click(browser, By.cssSelector("[ng-click='claim()']"));
    browser.waitFor(By.cssSelector(".fjs-form"));
  }

  static void complete(Browser browser) {
    click(browser, By.cssSelector("button[ng-click='complete()']"));
  }

  ProcessInstance waitForInstance() {
    return poll(() -> runtime.createProcessInstanceQuery().processDefinitionKey(StudentInternshipVariables.PROCESS_KEY)
        .variableValueEquals(StudentInternshipVariables.STUDENT_PESEL, PESEL).singleResult());
  }

  Task task(ProcessInstance instance, String key) {
    return poll(() -> tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .taskDefinitionKey(key).singleResult());
  }

  void waitUntilDone(Task task) {
    poll(() -> tasks.createTaskQuery().taskId(task.getId()).count() == 0 ? Boolean.TRUE : null);
  }

  /** The browser's request may still be on its way: wait (at most 15 s) until the engine shows the result. */
  static <T> T poll(java.util.function.Supplier<T> lookup) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      T found = lookup.get();
      if (found != null) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the engine did not reach the expected state within 15 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
