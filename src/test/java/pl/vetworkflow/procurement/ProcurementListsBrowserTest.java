package pl.vetworkflow.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.procurement.ProcurementForms.*;
import static pl.vetworkflow.procurement.ProcurementProcessTestSupport.advanceDays;
import static pl.vetworkflow.procurement.ProcurementProcessTestSupport.setToday;
import static pl.vetworkflow.procurement.ProcurementProcessTestSupport.today;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
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
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.validation.JsonRows;

/**
 * The procurement's lists in the Tasklist of a real (headless) browser: school1 adds item rows to the
 * request and sees the total computed; the coordinator enters two offers as rows and picks one of
 * them; school1 gives one inventory number per delivered piece. Screenshots:
 * target/screenshots/procurement-lists-*.png.
 */
@H2IntegrationTest
class ProcurementListsBrowserTest {
  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  ProcurementProcessTestSupport cases;

  @BeforeEach
  void setUp() {
    cases = new ProcurementProcessTestSupport(runtime, tasks, management);
    setToday(LocalDate.of(2026, 3, 2));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void itemRowsAddUpOffersAreRowsAndEachPieceGetsANumber() {
    try (Browser school = new Browser(port)) {
      school.logIn("tasklist", "school1", "school1");
      click(school, By.cssSelector(".start-process-action a"));
      click(school, By.xpath("//a[contains(normalize-space(.),'Zakup sprzętu dla szkoły')]"));
      school.waitFor(By.cssSelector(".fjs-form"));
      String[][] items = {{"Sterownik PLC", "3", "1999.99"}, {"Panel HMI", "2", "850.5"}, {"Zasilacz", "1", "120"}};
      for (int i = 0; i < items.length; i++) {
        if (i > 0) {
          click(school, By.cssSelector(".fjs-repeat-render-add"));
        }
        type(school, "Field_p008_row_" + i, items[i][0]);
        type(school, "Field_p009_row_" + i, items[i][1]);
        type(school, "Field_p010_row_" + i, items[i][2]);
      }
      // 3 × 1999.99 + 2 × 850.50 + 120 = 7820.97
      school.waitForText("Szacunkowa wartość netto razem: 7820,97 zł");
      assertThat(school.driver().findElements(By.cssSelector(".fjs-repeat-row-container"))).hasSize(3);
      school.screenshot("procurement-lists-1-request-three-items");
      click(school, By.cssSelector(".fjs-repeat-row-remove"));
      school.waitForText("Szacunkowa wartość netto razem: 1821,00 zł");
      school.screenshot("procurement-lists-2-request-first-row-removed");
    }

    ProcessInstance pi = cases.start(request("1", "TEACHING_AIDS", 2, 800.00, today()));
    cases.complete(pi, "reviewRequest", review("APPROVE", null));
    cases.complete(pi, "recordEnquiry", enquiry(null, today(), today().plusDays(3)));
    advanceDays(4);
    cases.fireTimer(pi, "offerDeadlineReached");
    Task offers = cases.task(pi, "recordOffers");
    try (Browser coordinator = new Browser(port)) {
      coordinator.logIn("tasklist", "coordinator", "coordinator");
      open(coordinator, offers);
      click(coordinator, By.xpath("//label[contains(normalize-space(.),'Tak, wpłynęły oferty')]"));
      String[][] rows = {{"Mechatronika Opole sp. z o.o.", NIP_A, "1500", "1845", "100"},
          {"Edu-Tech Nysa", NIP_B, "1580", "1943.4", "90"}};
      for (int i = 0; i < rows.length; i++) {
        if (i > 0) {
          click(coordinator, By.cssSelector(".fjs-repeat-render-add"));
        }
        type(coordinator, "Field_p150_row_" + i, rows[i][0]);
        type(coordinator, "Field_p151_row_" + i, rows[i][1]);
        type(coordinator, "Field_p152_row_" + i, rows[i][2]);
        type(coordinator, "Field_p153_row_" + i, rows[i][3]);
        type(coordinator, "Field_p154_row_" + i, rows[i][4]);
      }
      click(coordinator, By.cssSelector(".fjs-form [id$='-Field_p180-display']"));
      click(coordinator, By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),"
          + "'1. Mechatronika Opole')]"));
      type(coordinator, "Field_p181", "Najniższa cena, spełnia wymagania.");
      coordinator.screenshot("procurement-lists-3-offers-two-rows");
      complete(coordinator);
      waitUntilDone(offers);
    }
    ProcessInstance selection = cases.selection(pi);
    assertThat(JsonRows.of(runtime.getVariable(selection.getId(), "offers"))).hasSize(2)
        .element(1).satisfies(r -> assertThat(r).containsEntry("supplier", "Edu-Tech Nysa"));
    assertThat(runtime.getVariable(selection.getId(), "chosenSupplierName")).isEqualTo("Mechatronika Opole sp. z o.o.");

    cases.complete(pi, "recordContract", ProcurementForms.contract(1500.00, today(), today().plusDays(14)));
    cases.complete(pi, "confirmDelivery", delivery(today(), "FULL"));
    Task assets = cases.task(pi, "recordAssets");
    try (Browser school = new Browser(port)) {
      school.logIn("tasklist", "school1", "school1");
      open(school, assets);
      school.waitFor(By.cssSelector(".fjs-form [id$='-Field_a_inv_no_1']"));
      assertThat(school.driver().findElement(By.cssSelector(".fjs-form [id$='-Field_a_inv_piece_1']"))
          .getAttribute("value")).isEqualTo("szt. 2 z 2");
      type(school, "Field_a_inv_no_0", "ST-2026-101");
      type(school, "Field_a_inv_no_1", "ST-2026-102");
      school.screenshot("procurement-lists-4-inventory-numbers");
    }
    // the register date is a date field (typed in the browser by another part's format): completed over the API
    Map<String, Object> done = assets(runtime.getVariable(pi.getId(), "inventoryNumbers"), today());
    tasks.complete(assets.getId(), done);
    assertThat(JsonRows.of(runtime.getVariable(pi.getId(), "inventoryNumbers"))).extracting(r -> r.get("inventoryNumber"))
        .containsExactly("ST-2026-001", "ST-2026-002");
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
