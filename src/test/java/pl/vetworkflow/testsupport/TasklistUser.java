package pl.vetworkflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A demo user working in Tasklist the way a person does: by the labels they read, the filters and
 * task cards they click, the lists they pick from. No task or process ids, no component ids.
 *
 * <p>{@link #step} saves a screenshot ({@code target/screenshots/<case>-NN-<step>.png}) and checks
 * what the user sees: no English text of form-js or Tasklist, no US date (mm/dd/yyyy), no error
 * notification.
 */
public final class TasklistUser implements AutoCloseable {
  /** English texts that form-js 1.8.7 and the Tasklist show when a translation is missing. */
  static final Pattern ENGLISH = Pattern.compile("\\b(Field is required|Field must|Value is|Please select|Select|Search"
      + "|No results|Add new|Remove|Submit|Complete|Claim|Unclaim|Save|Cancel|Start process|Create task|Loading"
      + "|Failure|Error|Required|mm/dd/yyyy)\\b");
  static final Pattern US_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");

  private final Browser browser;
  private final String caseName;
  private final Counter counter;

  /** Steps of one case are numbered across its users: one counter per case. */
  public static final class Counter {
    private int next = 1;
  }

  private TasklistUser(Browser browser, String caseName, Counter counter) {
    this.browser = browser;
    this.caseName = caseName;
    this.counter = counter;
  }

  public static TasklistUser logIn(int port, String userId, String caseName, Counter counter) {
    Browser browser = new Browser(port);
    browser.logIn("tasklist", userId, userId);
    browser.waitFor(By.cssSelector(".task-filter"));
    return new TasklistUser(browser, caseName, counter);
  }

  public Browser browser() {
    return browser;
  }

  // ------------------------------------------------------------------ starting and finding work

  /** "Rozpocznij proces", then the process by its Polish name. */
  public void startProcess(String processName) {
    click(By.cssSelector(".start-process-action a"));
    click(By.xpath("//a[contains(normalize-space(.),'" + processName + "')]"));
    browser.waitFor(By.cssSelector(".fjs-form"));
  }

  /** Sends the start form and waits for Tasklist's confirmation. */
  public void submitStartForm() {
    click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
      failOnErrorNotification("start form refused");
      return d.findElement(By.tagName("body")).getText().contains("Proces został rozpoczęty.");
    });
  }

  /** Fails at once, with its text, when Tasklist shows an error notification (e.g. the server refused a form). */
  private void failOnErrorNotification(String what) {
    List<String> errors = visibleErrors();
    assertThat(errors).as(what + ": error notification").isEmpty();
  }

  private List<String> visibleErrors() {
    for (int attempt = 0; ; attempt++) {
      try {
        return browser.driver().findElements(By.cssSelector(".notifications .alert-danger, .alert-danger"))
            .stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
      } catch (StaleElementReferenceException e) {
        // a notification went away while it was read: read again
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** Clicks the filter, then the card that shows {@code cardText} (a name or case number) and this task name. */
  public void openTask(String filterName, String cardText, String taskName) {
    click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'" + filterName + "')]"));
    By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
        + "[.//*[contains(normalize-space(.),'" + taskName + "')]][contains(normalize-space(.),'" + cardText + "')]"
        + "//h4[contains(@class,'task')]/a");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
        .until(d -> {
          // the list refreshes itself; a card that is not there yet may come with the next refresh
          List<WebElement> found = d.findElements(card);
          if (found.isEmpty()) {
            return null;
          }
          scrollAndClick(d, found.get(0));
          return true;
        });
    browser.waitFor(By.xpath("//section[contains(@class,'task-card')]//h2[contains(normalize-space(.),'" + taskName + "')]"));
    if (!browser.driver().findElements(By.cssSelector("[ng-click='claim()']")).isEmpty()) {
      click(By.cssSelector("[ng-click='claim()']"));
    }
    browser.waitFor(By.cssSelector(".fjs-form"));
  }

  /** "Zakończ": completes the open task and waits until Tasklist has closed it. */
  public void complete() {
    click(By.cssSelector("button[ng-click='complete()']"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
      failOnErrorNotification("task not completed");
      return d.findElements(By.cssSelector(".task-card .fjs-form")).isEmpty();
    });
  }

  // ------------------------------------------------------------------ form fields, by their labels

  /** The input a form label points to ({@code occurrence}: the n-th field with that label, from 1, e.g. a list row). */
  public WebElement field(String label, int occurrence) {
    By labelLocator = By.xpath("(//div[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
        + "[starts-with(normalize-space(.),'" + label + "')])[" + occurrence + "]");
    WebElement labelElement = browser.waitFor(labelLocator);
    String id = labelElement.getAttribute("for");
    assertThat(id).as("label '" + label + "' belongs to an input").isNotBlank();
    return browser.driver().findElement(By.id(id));
  }

  public void type(String label, String text) {
    type(label, 1, text);
  }

  public void type(String label, int occurrence, String text) {
    WebElement input = field(label, occurrence);
    scrollAndClick(browser.driver(), input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    if (isNumberField(input)) {
      settle(input, text);
    }
  }

  private static boolean isNumberField(WebElement input) {
    return !input.findElements(By.xpath("ancestor::div[contains(@class,'fjs-form-field-number')]")).isEmpty();
  }

  /**
   * form-js 1.8.7 number fields hand their value on after a 300 ms debounce and then write it back
   * into the input; keys sent all at once by WebDriver can be overwritten by that write-back (typed
   * "40" became "4"), which a person typing key by key does not meet. Waits past the debounce and, if
   * the field does not show what was typed, types it again key by key.
   */
  private void settle(WebElement input, String text) {
    pause(400);
    for (int attempt = 0; attempt < 3 && !text.equals(input.getAttribute("value")); attempt++) {
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      pause(400);
      for (char c : text.toCharArray()) {
        input.sendKeys(String.valueOf(c));
        pause(60);
      }
      pause(400);
    }
    assertThat(input.getAttribute("value")).as("number field shows what was typed").isEqualTo(text);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A date typed as a Polish user types it (dd.mm.rrrr), taken on leaving the field. */
  public void date(String label, String ddMmYyyy) {
    date(label, 1, ddMmYyyy);
  }

  public void date(String label, int occurrence, String ddMmYyyy) {
    type(label, occurrence, ddMmYyyy);
    field(label, occurrence).sendKeys(Keys.TAB);
  }

  /** A searchable list: types part of the option and picks the option that contains {@code option}. */
  public void choose(String label, String option) {
    choose(label, 1, option);
  }

  public void choose(String label, int occurrence, String option) {
    WebElement input = field(label, occurrence);
    boolean open = !input.findElements(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"
        + "//div[contains(@class,'fjs-dropdownlist')]")).isEmpty();
    if (open) {
      // already open: the Tab out of the previous field focused this list, and a click would close it
    } else if (!input.isDisplayed()) {
      // a list without search (form-js SimpleSelect): its input is hidden, the shown value opens the list
      scrollAndClick(browser.driver(), browser.driver().findElement(By.id(input.getAttribute("id") + "-display")));
    } else {
      scrollAndClick(browser.driver(), input);
    }
    if (input.isDisplayed() && "input".equals(input.getTagName()) && !"true".equals(input.getAttribute("readonly"))) {
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(option);
    }
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),'" + option + "')]"));
  }

  /** A radio option or a checkbox, by the text next to it. */
  public void tick(String text) {
    click(By.xpath("//div[contains(@class,'fjs-form')]//label[contains(normalize-space(.),'" + text + "')]"));
  }

  /** Clicks a button of the form (e.g. a list's add button) by its text. */
  public void press(String buttonText) {
    click(By.xpath("//div[contains(@class,'fjs-form')]//button[contains(normalize-space(.),'" + buttonText + "')]"));
  }

  // ------------------------------------------------------------------ what the user sees

  /** Screenshot of this step, then the checks every screen must pass. */
  public void step(String name) {
    String file = String.format("%s-%02d-%s", caseName, counter.next++, name);
    browser.screenshot(file);
    String text = browser.bodyText();
    Matcher english = ENGLISH.matcher(text);
    assertThat(english.find()).as(file + ": English text on screen: " + (english.hitEnd() ? "" : english.group())
        + "\n" + text).isFalse();
    Matcher usDate = US_DATE.matcher(text);
    assertThat(usDate.find()).as(file + ": US date on screen").isFalse();
    for (WebElement input : browser.driver().findElements(By.cssSelector("input[placeholder]"))) {
      String placeholder = input.getAttribute("placeholder");
      assertThat(ENGLISH.matcher(placeholder).find()).as(file + ": English placeholder '" + placeholder + "'").isFalse();
    }
    assertThat(visibleErrors()).as(file + ": error notifications").isEmpty();
  }

  public String text() {
    return browser.bodyText();
  }

  // ------------------------------------------------------------------ clicking

  private void click(By locator) {
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class)
          .until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
            if (element == null) {
              return null;
            }
            scrollAndClick(d, element);
            return true;
          });
    } catch (TimeoutException e) {
      // what the user saw when the thing to click did not come
      browser.screenshot(String.format("%s-%02d-FAILED", caseName, counter.next));
      throw e;
    }
  }

  /**
   * Scrolls the element into view and clicks it; while the form is still laying itself out (a task
   * just opened, a row just added) another element can lie over it for a moment: then tries again.
   */
  private static void scrollAndClick(WebDriver driver, WebElement element) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(ElementClickInterceptedException.class)
        .until(d -> {
          ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
          element.click();
          return true;
        });
  }

  @Override
  public void close() {
    browser.close();
  }
}
