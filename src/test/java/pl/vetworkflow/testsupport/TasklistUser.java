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

  private static final String FORM = "//form[contains(concat(' ', @class, ' '), ' fjs-form ')]";

  private final Browser browser;
  private String caseName;
  private Counter counter;

  /** Steps of one case are numbered across its users: one counter per case. */
  public static final class Counter {
    private int next = 1;
    private long last = System.nanoTime();
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

  /**
   * Clicks the filter and waits for the card that shows {@code cardText} and this task name, without
   * opening it; returns what the card shows (task name, "Nr sprawy", "Dotyczy", "Czeka na", dates).
   */
  public String card(String filterName, String cardText, String taskName) {
    click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'" + filterName + "')]"));
    By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
        + "[.//*[contains(normalize-space(.),'" + taskName + "')]][contains(normalize-space(.),'" + cardText + "')]");
    // the list refreshes itself; a card that is not there yet may come with the next refresh
    return waitUpTo(30).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(card).stream().filter(WebElement::isDisplayed).findFirst()
            .map(WebElement::getText).orElse(null));
  }

  public Browser browser() {
    return browser;
  }

  // ------------------------------------------------------------------ starting and finding work

  /** "Rozpocznij proces", then the process by its Polish name. */
  public void startProcess(String processName) {
    click(By.cssSelector(".start-process-action a"));
    click(By.xpath("//a[contains(normalize-space(.)," + literal(processName) + ")]"));
    browser.waitFor(By.cssSelector(".fjs-form"));
  }

  /** Sends the start form and waits for Tasklist's confirmation. */
  public void submitStartForm() {
    try {
      click(By.cssSelector("button[ng-click='startProcessInstance()']"));
      waitUpTo(30).until(d -> {
        failOnErrorNotification("start form refused");
        return d.findElement(By.tagName("body")).getText().contains("Proces został rozpoczęty.");
      });
    } catch (RuntimeException e) {
      throw failed("start", e);
    }
  }

  /**
   * Clicks the filter, then the card that shows {@code cardText} (a name or case number) and this task
   * name. A card that is not there yet (a task made by another user's step a moment ago) comes with the
   * next refresh of the list: the filter is clicked again until it does.
   */
  public void openTask(String filterName, String cardText, String taskName) {
    By filter = By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.)," + literal(filterName) + ")]");
    By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
        + "[.//*[contains(normalize-space(.)," + literal(taskName) + ")]][contains(normalize-space(.)," + literal(cardText) + ")]"
        + "//h4[contains(@class,'task')]/a");
    click(filter);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Duration.ofSeconds(1))
        .ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
        .until(d -> {
          List<WebElement> found = d.findElements(card);
          if (found.isEmpty()) {
            click(filter);
            return null;
          }
          scrollAndClick(d, found.get(0));
          return true;
        });
    try {
      browser.waitFor(By.xpath("//section[contains(@class,'task-card')]//h2[contains(normalize-space(.)," + literal(taskName) + ")]"));
      // the assignee line shows once the task is loaded: "Przejmij" when nobody has claimed it yet
      browser.waitFor(By.cssSelector(".task-card li.assignee"));
      if (!browser.driver().findElements(By.cssSelector(".task-card [ng-click='claim()']")).isEmpty()) {
        click(By.cssSelector(".task-card [ng-click='claim()']"));
        browser.waitFor(By.cssSelector(".task-card .unclaim"));
      }
      browser.waitFor(By.cssSelector(".fjs-form"));
    } catch (RuntimeException e) {
      throw failed("open '" + taskName + "'", e);
    }
  }

  /** Saves what the screen shows when an action failed ({@code <case>-FAILED-NN.png}) and adds the page's text. */
  private AssertionError failed(String action, RuntimeException cause) {
    String file = String.format("%s-FAILED-%02d", caseName, counter.next);
    browser.screenshot(file);
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screenshots", file + ".html"),
          browser.driver().getPageSource());
    } catch (java.io.IOException e) {
      cause.addSuppressed(e);
    }
    return new AssertionError(action + " failed, see target/screenshots/" + file + ".png; the page shows:\n"
        + browser.bodyText(), cause);
  }

  /** "Zakończ": completes the open task and waits until Tasklist has closed it. */
  public void complete() {
    try {
      click(By.cssSelector("button[ng-click='complete()']"));
      waitUpTo(30)
          .until(d -> {
            failOnErrorNotification("task not completed");
            return d.findElements(By.cssSelector(".task-card .fjs-form")).isEmpty();
          });
    } catch (RuntimeException e) {
      throw failed("complete", e);
    }
  }

  // ------------------------------------------------------------------ form fields, by their labels

  /** The input a form label points to ({@code occurrence}: the n-th field with that label, from 1, e.g. a list row). */
  public WebElement field(String label, int occurrence) {
    return fieldIn(FORM, label, occurrence);
  }

  /** The first input with this label inside the element found by {@code scope} (an XPath). */
  private WebElement fieldIn(String scope, String label, int occurrence) {
    By labelLocator = By.xpath("(" + scope + "//label[contains(@class,'fjs-form-field-label')]"
        + "[starts-with(normalize-space(.)," + literal(label) + ")])[" + occurrence + "]");
    WebElement labelElement;
    try {
      labelElement = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(labelLocator));
    } catch (RuntimeException e) {
      throw failed("find the field '" + label + "'", e);
    }
    String id = labelElement.getAttribute("for");
    assertThat(id).as("label '" + label + "' belongs to an input").isNotBlank();
    return browser.driver().findElement(By.id(id));
  }

  /** What the form shows in the field with this label (a read-only text, a number, a date). */
  public String value(String label) {
    return field(label, 1).getAttribute("value");
  }

  public void type(String label, String text) {
    type(label, 1, text);
  }

  public void type(String label, int occurrence, String text) {
    typeInto(field(label, occurrence), text);
  }

  /**
   * Types and leaves the field (Tab), as a person moving on does. Leaving matters: form-js passes a
   * text or number change on only after 300 ms or on leaving the field, and a change still pending
   * when a list row is added or the form is sent is lost.
   */
  private void typeInto(WebElement input, String text) {
    scrollAndClick(browser.driver(), input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text, Keys.TAB);
    if (isNumberField(input)) {
      pause(400);
      settle(input, text);
    }
  }

  /** A date typed as a Polish user types it (dd.mm.rrrr), taken on leaving the field. */
  public void date(String label, String ddMmYyyy) {
    date(label, 1, ddMmYyyy);
  }

  public void date(String label, int occurrence, String ddMmYyyy) {
    type(label, occurrence, ddMmYyyy);
  }

  /** A list (select): for a searchable one types {@code option} and picks the option that contains it. */
  public void choose(String label, String option) {
    choose(label, 1, option);
  }

  public void choose(String label, int occurrence, String option) {
    chooseIn(field(label, occurrence), option);
  }

  private void chooseIn(WebElement input, String option) {
    WebElement field = input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field-select')][1]"));
    if (input.getAttribute("class").contains("fjs-select-hidden-input")) {
      // a plain list: its input is hidden, the box around it opens the options; reaching it with Tab
      // from the field before has opened them already, and a click would close them again
      if (field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
        scrollAndClick(browser.driver(), field.findElement(By.cssSelector(".fjs-input-group")));
      }
    } else {
      scrollAndClick(browser.driver(), input);
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(option);
    }
    // the option of this list that reads exactly so ("zdany", not "niezdany"), else the one that contains it
    By exact = By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + literal(option) + "]");
    By containing = By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),"
        + literal(option) + ")]");
    try {
      waitUpTo(10).ignoring(StaleElementReferenceException.class)
          .until(d -> {
            List<WebElement> found = field.findElements(exact);
            if (found.isEmpty()) {
              found = field.findElements(containing);
            }
            if (found.isEmpty()) {
              return null;
            }
            scrollAndClick(d, found.get(0));
            return true;
          });
    } catch (RuntimeException e) {
      throw failed("choose '" + option + "'", e);
    }
  }

  /** A radio option or a checkbox, by the text next to it. */
  public void tick(String text) {
    click(By.xpath(FORM + "//label[contains(normalize-space(.)," + literal(text) + ")]"));
  }

  /** Clicks a button of the form (e.g. a list's add button) by its text. */
  public void press(String buttonText) {
    click(By.xpath(FORM + "//button[contains(normalize-space(.)," + literal(buttonText) + ")]"));
  }

  // ------------------------------------------------------------------ rows of a list (form-js dynamiclist)

  /** Row {@code number} (from 1) of the list labelled {@code listLabel}: its fields found by their labels. */
  public Row row(String listLabel, int number) {
    return new Row(listLabel, number);
  }

  /** "Dodaj pozycję" of that list; returns the new (last) row. */
  public Row addRow(String listLabel) {
    int before = rowCount(listLabel);
    click(By.xpath(list(listLabel) + "//button[contains(@class,'fjs-repeat-render-add')]"));
    waitUpTo(10).until(d -> rowCount(listLabel) == before + 1);
    return new Row(listLabel, before + 1);
  }

  /** Rows of a list the user may add to and remove from (each row has its remove button). */
  public int rowCount(String listLabel) {
    return browser.driver().findElements(By.xpath(list(listLabel) + "//div[contains(@class,'fjs-repeat-row-container')]"))
        .size();
  }

  private static String list(String listLabel) {
    return FORM + "//div[contains(@class,'fjs-form-field-dynamiclist')][./label[starts-with(normalize-space(.),"
        + literal(listLabel) + ")]]";
  }

  /**
   * One row of a list. Rows of a list with add/remove buttons are their own boxes; the rows of a fixed
   * list (e.g. results per participant) are not, there the n-th row holds the n-th field of each label.
   */
  public final class Row {
    private final String listLabel;
    private final int number;

    private Row(String listLabel, int number) {
      this.listLabel = listLabel;
      this.number = number;
    }

    private WebElement field(String label) {
      String rowBox = "(" + list(listLabel) + "//div[contains(@class,'fjs-repeat-row-container')])[" + number + "]";
      if (!browser.driver().findElements(By.xpath(rowBox)).isEmpty()) {
        return fieldIn(rowBox, label, 1);
      }
      return fieldIn(list(listLabel), label, number);
    }

    public Row type(String label, String text) {
      typeInto(field(label), text);
      return this;
    }

    public Row date(String label, String ddMmYyyy) {
      return type(label, ddMmYyyy);
    }

    public Row choose(String label, String option) {
      chooseIn(field(label), option);
      return this;
    }

    /** A checkbox of this row, by its label. */
    public Row tick(String label) {
      WebElement input = field(label);
      scrollAndClick(browser.driver(), input);
      return this;
    }

    /** What the row shows in that field (e.g. a read-only participant name). */
    public String value(String label) {
      return field(label).getAttribute("value");
    }
  }

  // ------------------------------------------------------------------ what the user sees

  /** Screenshot of this step, then the checks every screen must pass. */
  public void step(String name) {
    String file = String.format("%s-%02d-%s", caseName, counter.next++, name);
    long now = System.nanoTime();
    // how long the user's actions since the last step took: where a slow test spends its time
    System.out.printf("%s: +%.1f s%n", file, (now - counter.last) / 1e9);
    counter.last = now;
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
    waitUpTo(30)
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

  /** A wait that looks again every 50 ms: a form reacts within milliseconds, Selenium's 500 ms add up over 12 rows. */
  private WebDriverWait waitUpTo(int seconds) {
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    wait.pollingEvery(Duration.ofMillis(50));
    return wait;
  }

  /** An XPath string literal of any text (names with an apostrophe included). */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  /** Fails at once, with its text, when Tasklist shows an error notification (e.g. the server refused a form). */
  private void failOnErrorNotification(String what) {
    assertThat(visibleErrors()).as(what + ": error notification").isEmpty();
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

  private static boolean isNumberField(WebElement input) {
    return !input.findElements(By.xpath("ancestor::div[contains(@class,'fjs-form-field-number')]")).isEmpty();
  }

  /**
   * form-js 1.8.7 number fields hand their value on after a 300 ms debounce and then write it back
   * into the input; keys sent all at once by WebDriver can be overwritten by that write-back (typed
   * "40" became "4"), which a person typing key by key does not meet. If the field does not show what
   * was typed, types it again key by key.
   */
  private void settle(WebElement input, String text) {
    for (int attempt = 0; attempt < 3 && !text.equals(input.getAttribute("value")); attempt++) {
      scrollAndClick(browser.driver(), input);
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      pause(400);
      for (char c : text.toCharArray()) {
        input.sendKeys(String.valueOf(c));
        pause(60);
      }
      input.sendKeys(Keys.TAB);
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

  @Override
  public void close() {
    browser.close();
  }
}
