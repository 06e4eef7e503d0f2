package pl.vetworkflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
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
  private String caseName;
  private Counter counter;

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

  /**
   * The same user, logged in once, goes on with another case: the following steps are named and
   * numbered for that case.
   */
  public TasklistUser forCase(String caseName, Counter counter) {
    this.caseName = caseName;
    this.counter = counter;
    return this;
  }

  public Browser browser() {
    return browser;
  }

  // ------------------------------------------------------------------ starting and finding work

  /** "Rozpocznij proces", then the process by its Polish name. */
  public void startProcess(String processName) {
    attempt("start-" + processName, () -> {
      click(By.cssSelector(".start-process-action a"));
      click(By.xpath("//a[contains(normalize-space(.),'" + processName + "')]"));
      browser.waitFor(By.cssSelector(".fjs-form"));
    });
  }

  /** Sends the start form and waits for Tasklist's confirmation. */
  public void submitStartForm() {
    attempt("submit", () -> {
      click(By.cssSelector("button[ng-click='startProcessInstance()']"));
      browser.waitForText("Proces został rozpoczęty.");
    });
  }

  /**
   * Clicks the filter, then the card that shows {@code cardText} (a name or case number) and this task
   * name; claims the task ("Przejmij") if nobody holds it, and waits for its form.
   */
  public void openTask(String filterName, String cardText, String taskName) {
    attempt("open-" + taskName, () -> open(filterName, cardText, taskName));
  }

  private void open(String filterName, String cardText, String taskName) {
    waiting().ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .until(d -> {
          scrollAndClick(d, findCard(filterName, cardText, taskName).findElement(By.xpath(".//h4[contains(@class,'task')]/a")));
          return true;
        });
    browser.waitFor(By.xpath("//section[contains(@class,'task-card')]//h2[contains(normalize-space(.),'" + taskName + "')]"));
    String holder = taskActionsAnswer();
    assertThat(holder).as("'" + taskName + "' is held by another person").isNotEqualTo("other");
    if (holder.equals("nobody")) {
      // "Przejmij" (shown only where the claim rule allows it): the task becomes the user's
      click(By.cssSelector(".task-card [ng-click='claim()']"));
      waiting().until(d -> "me".equals(taskActionsAnswer()));
    }
    // the task is the user's and its form is drawn (with the task's name above it)
    browser.waitFor(By.xpath("//section[contains(@class,'task-card')]//h2[contains(normalize-space(.),'" + taskName + "')]"));
    browser.waitFor(By.cssSelector(".task-card .fjs-form .fjs-form-field"));
  }

  /**
   * Who holds the opened task ("nobody", "me", "other"), once scripts/vet-task-actions.js has asked
   * the server what this user may do with it (claim, give back) and shown only that.
   */
  private String taskActionsAnswer() {
    return waiting().until(d -> {
      String opened = (String) ((JavascriptExecutor) d).executeScript("const hash = window.location.hash;"
          + "return new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('task');");
      String answered = d.findElement(By.tagName("body")).getAttribute("data-vet-task-actions");
      return opened != null && answered != null && answered.startsWith(opened + "|")
          ? answered.substring(opened.length() + 1) : null;
    });
  }

  /**
   * Clicks the filter and waits for the card that shows {@code cardText} and this task name, without
   * opening it; returns what the card shows (task name, "Nr sprawy", "Dotyczy", "Czeka na", dates).
   */
  public String card(String filterName, String cardText, String taskName) {
    String[] text = new String[1];
    attempt("card-" + taskName, () -> text[0] = findCard(filterName, cardText, taskName).getText());
    return text[0];
  }

  private WebElement findCard(String filterName, String cardText, String taskName) {
    click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'" + filterName + "')]"));
    By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
        + "[.//*[contains(normalize-space(.),'" + taskName + "')]][contains(normalize-space(.),'" + cardText + "')]");
    // the list refreshes itself; a card that is not there yet may come with the next refresh
    return waiting().ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(card).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** "Zakończ": completes the open task and waits until Tasklist has closed it. */
  public void complete() {
    attempt("complete", () -> {
      click(By.cssSelector("button[ng-click='complete()']"));
      waiting()
          .until(d -> d.findElements(By.cssSelector(".task-card .fjs-form")).isEmpty());
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

  /**
   * What a field shows: the text of an input or text area (read-only ones included), the chosen
   * option of a list. {@link #text()} has no field values: a browser's page text leaves them out.
   */
  public String value(String label) {
    return value(label, 1);
  }

  public String value(String label, int occurrence) {
    WebElement input = field(label, occurrence);
    if (input.getAttribute("class").contains("fjs-select-hidden-input")) {
      return input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"))
          .findElement(By.cssSelector(".fjs-select-display")).getText();
    }
    return input.getDomProperty("value");
  }

  public void type(String label, String text) {
    type(label, 1, text);
  }

  public void type(String label, int occurrence, String text) {
    attempt("type-" + label, () -> {
      WebElement input = field(label, occurrence);
      scrollAndClick(browser.driver(), input);
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(text);
    });
  }

  /** A date typed as a Polish user types it (dd.mm.rrrr), taken on leaving the field. */
  public void date(String label, String ddMmYyyy) {
    date(label, 1, ddMmYyyy);
  }

  public void date(String label, int occurrence, String ddMmYyyy) {
    type(label, occurrence, ddMmYyyy);
    field(label, occurrence).sendKeys(Keys.TAB);
  }

  /**
   * A list field: opens it and picks the option that contains {@code option}; in a searchable list the
   * user first types {@code option} to narrow it. A read-only list (e.g. the user's own school) cannot be
   * chosen from: that fails.
   */
  public void choose(String label, String option) {
    choose(label, 1, option);
  }

  public void choose(String label, int occurrence, String option) {
    attempt("choose-" + label, () -> {
      WebElement input = field(label, occurrence);
      WebElement field = input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
      assertThat(input.getAttribute("readonly")).as("list '" + label + "' is read-only").isNull();
      if (input.getAttribute("class").contains("fjs-select-hidden-input")) {
        // a plain list: its input is hidden, the user clicks what the list shows
        scrollAndClick(browser.driver(), field.findElement(By.cssSelector(".fjs-input-group")));
      } else {
        scrollAndClick(browser.driver(), input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(option);
      }
      By item = By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),'" + option + "')]");
      waiting().ignoring(StaleElementReferenceException.class)
          .until(d -> {
            List<WebElement> items = field.findElements(item);
            if (items.isEmpty()) {
              return null;
            }
            items.get(0).click();
            return true;
          });
    });
  }

  /** A radio option or a checkbox, by the text next to it. */
  public void tick(String text) {
    attempt("tick-" + text, () -> click(By.xpath("//div[contains(@class,'fjs-form')]//label"
        + "[.//input[@type='radio' or @type='checkbox']][contains(normalize-space(.),'" + text + "')]")));
  }

  /** Clicks a button of the form (e.g. a list's add button) by its text. */
  public void press(String buttonText) {
    click(By.xpath("//div[contains(@class,'fjs-form')]//button[contains(normalize-space(.),'" + buttonText + "')]"));
  }

  // ------------------------------------------------------------------ what the user sees

  /** Screenshot of this step, then the checks every screen must pass. */
  public void step(String name) {
    String file = String.format("%s-%02d-%s", caseName, counter.next++, name);
    screenshotWhole(file);
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
    List<String> errors = browser.driver().findElements(By.cssSelector(".notifications .alert-danger, .alert-danger"))
        .stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    assertThat(errors).as(file + ": error notifications").isEmpty();
  }

  /**
   * Tasklist scrolls its panes and the start dialog inside a fixed window: the window grows for the
   * screenshot until nothing needs scrolling (at most 6000 px), so a form is seen whole.
   */
  private void screenshotWhole(String file) {
    WebDriver driver = browser.driver();
    Dimension normal = driver.manage().window().getSize();
    for (int i = 0; i < 3; i++) {
      long hidden = (Long) ((JavascriptExecutor) driver).executeScript("let most = 0;"
          + "for (const e of document.querySelectorAll('*')) {"
          + "  const overflow = getComputedStyle(e).overflowY;"
          + "  if ((overflow === 'auto' || overflow === 'scroll') && e.clientHeight > 0)"
          + "    most = Math.max(most, e.scrollHeight - e.clientHeight);"
          + "}"
          + "return Math.max(most, document.documentElement.scrollHeight - window.innerHeight);");
      Dimension now = driver.manage().window().getSize();
      if (hidden <= 2 || now.getHeight() >= 6000) {
        break;
      }
      driver.manage().window().setSize(new Dimension(now.getWidth(), (int) Math.min(6000, now.getHeight() + hidden + 40)));
    }
    browser.screenshot(file);
    driver.manage().window().setSize(normal);
  }

  /** Runs a user's action; if it fails, the screen it failed on is saved as {@code <case>-FAILED-<action>.png}. */
  private void attempt(String action, Runnable run) {
    try {
      run.run();
    } catch (RuntimeException | AssertionError e) {
      try {
        browser.screenshot(caseName + "-FAILED-" + action.replaceAll("[^\\p{L}0-9]+", "-"));
      } catch (RuntimeException ignored) {
        // the screenshot only helps to see why; the failure itself is what counts
      }
      throw e;
    }
  }

  public String text() {
    return browser.bodyText();
  }

  // ------------------------------------------------------------------ clicking

  private void click(By locator) {
    waiting()
        .ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class)
        .until(d -> {
          WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
          if (element == null) {
            return null;
          }
          scrollAndClick(d, element);
          return true;
        });
  }

  /** Up to 30 s, looking every 100 ms (Selenium's 500 ms made each step wait for nothing). */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    wait.pollingEvery(Duration.ofMillis(100));
    return wait;
  }

  private static void scrollAndClick(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  @Override
  public void close() {
    browser.close();
  }
}
