package pl.vetworkflow.course;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.course.CourseForms.*;
import static pl.vetworkflow.course.CourseScenario.clock;
import static pl.vetworkflow.course.CourseVariables.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import pl.vetworkflow.identity.Grants;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.CoverageGrants;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.validation.JsonRows;

/**
 * The course's lists in the Tasklist of a real (headless) browser, as school1 works them: participant
 * rows added with the list's button, submitted by Tasklist as one Json variable; the later forms show
 * the enrolled participants as a table and the result rows pre-filled. Screenshots:
 * target/screenshots/course-lists-*.png.
 */
@H2IntegrationTest
// the database of the other course tests (same context)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-course-paths;DB_CLOSE_DELAY=-1"})
class CourseListsBrowserTest {
  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired CourseRegistry courses;
  @Autowired pl.vetworkflow.participant.ParticipantRegistry participants;
  @Autowired Grants grants;

  CourseScenario scenario;

  @BeforeEach
  void setUp() {
    scenario = new CourseScenario(runtime, tasks, identity, management);
    clock(TODAY);
    jdbc.update("delete from vet_support");
    jdbc.update("delete from vet_course_enrolment");
    jdbc.update("delete from vet_course");
    jdbc.update("delete from vet_procurement_order");
    jdbc.update("delete from vet_participant");
    CoverageGrants.letWorkingRolesReadDefinitions(grants);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void schoolAddsParticipantRowsChangesThemAndSeesTheResultRows() {
    ProcessInstance pi = scenario.request("school1", request(CourseKind.STUDENT_QUALIFICATION_COURSE, "1", 5));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract());
    Task enrolment = scenario.task(pi, "enrolParticipants");
    // a pupil already in the participant registry is picked from the list, two new ones are typed in
    participants.register(STUDENT_C.pesel(), STUDENT_C.firstName(), STUDENT_C.lastName(), ParticipantType.STUDENT, "1",
        TODAY.minusDays(30));
    List<Person> three = List.of(STUDENT_C, STUDENT_A, STUDENT_B);
    try (Browser school = new Browser(port)) {
      school.logIn("tasklist", "school1", "school1");
      open(school, enrolment);
      for (int i = 0; i < three.size(); i++) {
        if (i > 0) {
          click(school, By.cssSelector(".fjs-repeat-render-add"));
        }
        if (i == 0) {
          click(school, By.cssSelector(".fjs-form [id$='-Field_course_059_registry_0']")).sendKeys("Zieli");
          click(school, By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),"
              + "'Zieliński Piotr')]"));
          new WebDriverWait(school.driver(), Duration.ofSeconds(5)).until(d -> d.findElements(
              By.cssSelector(".fjs-form [id$='-Field_course_059_pesel_0']")).isEmpty()); // new-person fields hidden
        } else {
          type(school, "Field_course_059_pesel_" + i, three.get(i).pesel());
          type(school, "Field_course_059_first_" + i, three.get(i).firstName());
          type(school, "Field_course_059_last_" + i, three.get(i).lastName());
        }
        click(school, By.cssSelector(".fjs-form [id$='-Field_course_059_notice_" + i + "']"));
      }
      assertThat(school.driver().findElements(By.cssSelector(".fjs-repeat-row-container"))).hasSize(3);
      school.screenshot("course-lists-1-enrolment-three-rows");
      ((JavascriptExecutor) school.driver()).executeScript("document.querySelector('.fjs-form').scrollIntoView();");
      school.screenshot("course-lists-1b-enrolment-top");
      complete(school);
      waitUntilDone(enrolment);
      school.screenshot("course-lists-2-enrolment-completed");
    }
    assertThat(runtime.getVariableTyped(pi.getId(), PARTICIPANTS).getType().getName()).isEqualTo("json");
    assertThat(JsonRows.of(runtime.getVariable(pi.getId(), PARTICIPANTS)))
        .containsExactly(STUDENT_C.picked(), STUDENT_A.row(), STUDENT_B.row());
    assertThat(courses.active(pi.getBusinessKey())).hasSize(3);

    Task changes = scenario.task(pi, "changeEnrolment");
    try (Browser school = new Browser(port)) {
      school.logIn("tasklist", "school1", "school1");
      open(school, changes);
      school.waitForText(STUDENT_C.pesel()); // the enrolled participants' table
      click(school, By.cssSelector(".fjs-repeat-render-add")); // the first list: withdrawals
      click(school, By.cssSelector(".fjs-form [id$='-Field_course_064_pesel_0']")).sendKeys("Nowak");
      click(school, By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),'Anna Nowak')]"));
      school.screenshot("course-lists-3-changes-withdrawal");
      complete(school);
      waitUntilDone(changes);
    }
    assertThat(courses.active(pi.getBusinessKey())).extracting(CourseRegistry.Enrolment::pesel)
        .containsExactlyInAnyOrder(STUDENT_A.pesel(), STUDENT_C.pesel());

    scenario.courseStarts(pi);
    scenario.courseEnds(pi);
    Task results = scenario.task(pi, "recordCourseResults");
    try (Browser school = new Browser(port)) {
      school.logIn("tasklist", "school1", "school1");
      open(school, results);
      school.waitFor(By.cssSelector(".fjs-form [id$='-Field_course_069_att_1']"));
      assertThat(school.driver().findElements(By.cssSelector(".fjs-form [id*='-Field_course_069_att_']"))).hasSize(2);
      assertThat(school.driver().findElement(By.cssSelector(".fjs-form [id$='-Field_course_069_name_1']"))
          .getAttribute("value")).isEqualTo("Jan Kowalski");
      type(school, "Field_course_069_att_0", "95");
      type(school, "Field_course_069_att_1", "100");
      school.screenshot("course-lists-4-results-prefilled");
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Types into a field and waits until form-js has taken the value: its text fields pass changes on
   * after a short debounce, and a change still pending while the next field (of a just-added row) is
   * typed into can be lost; a person typing does not hit this, a script does.
   */
  static void type(Browser browser, String componentId, String text) {
    By field = By.cssSelector(".fjs-form [id$='-" + componentId + "']");
    click(browser, field).sendKeys(text);
    try {
      Thread.sleep(600);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !d.findElement(field)
        .getAttribute("value").isEmpty());
  }

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

  static void open(Browser browser, Task task) {
    browser.waitFor(By.cssSelector(".start-process-action a")); // logged in
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    browser.waitForText(task.getName());
    if (!browser.driver().findElements(By.cssSelector("[ng-click='claim()']")).isEmpty()) {
      click(browser, By.cssSelector("[ng-click='claim()']"));
    }
    browser.waitFor(By.cssSelector(".fjs-form"));
  }

  static void complete(Browser browser) {
    click(browser, By.cssSelector("button[ng-click='complete()']"));
  }

  void waitUntilDone(Task task) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (tasks.createTaskQuery().taskId(task.getId()).count() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("task " + task.getName() + " was not completed within 15 s");
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
