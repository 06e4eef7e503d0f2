package pl.vetworkflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A demo user working in Tasklist the way a person does: by the labels they read, the filters and
 * task cards they click, the lists they pick from. No task or process ids, no component ids.
 *
 * <p>{@link #step} saves a screenshot ({@code target/screenshots/<case>-NN-<step>.png}, the window
 * grown so that the whole form is seen) and checks what the user sees: no English text of form-js or
 * Tasklist, no US date (mm/dd/yyyy), no error notification. A failed action saves the screen it failed
 * on ({@code <case>-FAILED-NN.png} and {@code .html}) and says what the page showed.
 *
 * <p>Every click and key is a real browser event sent by WebDriver. Scripts only look: they find an
 * element by its label or text, scroll it to the middle of the window and read what the page shows,
 * each in one round trip to the browser where Selenium's element calls take several (that adds up over
 * forms of 12 rows). Waits look again every 50 ms: a form reacts within milliseconds.
 */
public final class TasklistUser implements AutoCloseable {
  /** English texts that form-js 1.8.7 and the Tasklist show when a translation is missing. */
  static final Pattern ENGLISH = Pattern.compile("\\b(Field is required|Field must|Value is|Please select|Select|Search"
      + "|No results|Add new|Remove|Submit|Complete|Claim|Unclaim|Save|Cancel|Start process|Create task|Loading"
      + "|Failure|Error|Required|mm/dd/yyyy)\\b");
  static final Pattern US_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");

  private static final String FORM = "//form[contains(concat(' ', @class, ' '), ' fjs-form ')]";
  private static final String MODAL = "//div[contains(concat(' ', @class, ' '), ' modal-dialog ')]";
  private static final String TASK = "//section[contains(@class,'task-card')]";

  /** Helpers every script below starts with. */
  private static final String JS = """
      const byXPath = (xpath) => document.evaluate(xpath, document, null,
          XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
      const allByXPath = (xpath) => { const found = document.evaluate(xpath, document, null,
          XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null); const list = [];
          for (let i = 0; i < found.snapshotLength; i++) list.push(found.snapshotItem(i)); return list; };
      const text = (e) => (e.textContent || '').replace(/\\s+/g, ' ').trim();
      const shown = (e) => !!e && e.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true });
      const centre = (e) => { e.scrollIntoView({ block: 'center' }); return e; };
      const firstShown = (xpath) => { const found = allByXPath(xpath).find(shown); return found ? centre(found) : null; };
      const errors = (selector) => [...document.querySelectorAll(selector)].filter(shown).map(text);
      const openedTask = () => { const hash = window.location.hash; const q = hash.indexOf('?');
          return q < 0 ? null : new URLSearchParams(hash.slice(q + 1)).get('task'); };
      """;

  /** The first shown element of an XPath, scrolled to the middle; null while there is none. */
  private static final String FIND = JS + "return firstShown(arguments[0]);";

  /**
   * The input a form label points to, scrolled to the middle, with the form-js field around it and
   * what kind of field it is: {@code [input, field, kind]}; null while it is not shown. Arguments: the
   * scope (an XPath), the label's beginning, which of the labels (from 1), and a second scope and
   * occurrence to look in when the first scope is not there (the n-th label of a fixed list).
   */
  private static final String FIND_FIELD = JS + """
      const [scopePath, wanted, occurrence, otherScopePath, otherOccurrence] = arguments;
      let scope = byXPath(scopePath), n = occurrence;
      if (!scope && otherScopePath) { scope = byXPath(otherScopePath); n = otherOccurrence; }
      if (!scope) return null;
      const label = [...scope.querySelectorAll('label.fjs-form-field-label')]
          .filter((l) => text(l).startsWith(wanted))[n - 1];
      if (!shown(label) || !label.htmlFor) return null;
      const input = document.getElementById(label.htmlFor);
      if (!input) return null;
      const field = input.closest('.fjs-form-field');
      const kind = !field ? 'other'
          : field.classList.contains('fjs-form-field-number') ? 'number'
          : input.classList.contains('fjs-select-hidden-input') ? 'list'
          : field.classList.contains('fjs-form-field-select') ? 'searchable-list' : 'other';
      return [centre(input), field, kind];
      """;

  private final Browser browser;
  private final String userId;
  private String caseName;
  private Counter counter;
  private TaskOpened whenOpened = (user, taskId, taskName) -> { };

  /** Steps of one case are numbered across its users: one counter per case. */
  public static final class Counter {
    private int next = 1;
    private long last = System.nanoTime();
  }

  /** Told of each task the user has opened (and holds), e.g. to check that an e-mail announced it. */
  @FunctionalInterface
  public interface TaskOpened {
    void opened(String userId, String taskId, String taskName);
  }

  private TasklistUser(Browser browser, String userId, String caseName, Counter counter) {
    this.browser = browser;
    this.userId = userId;
    this.caseName = caseName;
    this.counter = counter;
  }

  /** Starts a browser and logs the demo user (password = id) in to Tasklist. */
  public static TasklistUser logIn(int port, String userId, String caseName, Counter counter) {
    // a browser starting on a busy two-core machine now and then does not come up at all (or not in
    // time): the user then starts a second one; a second failure fails the test, with both causes
    RuntimeException first = null;
    for (int attempt = 1; attempt <= 2; attempt++) {
      Browser browser = null;
      try {
        browser = new Browser(port);
        browser.logIn("tasklist", userId, userId);
        // Tasklist loading itself after the login: on a busy machine this may take a while
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90), Duration.ofMillis(100))
            .until(d -> d.findElements(By.cssSelector(".task-filter")).stream().anyMatch(WebElement::isDisplayed));
        return new TasklistUser(browser, userId, caseName, counter);
      } catch (RuntimeException e) {
        String file = caseName + "-FAILED-login-" + userId + "-" + attempt;
        if (browser != null) {
          try {
            saveScreen(browser, file);
          } catch (RuntimeException | IOException screenshotFailed) {
            e.addSuppressed(screenshotFailed);
          }
          browser.close();
        }
        if (first == null) {
          first = e;
          System.err.println(userId + " could not log in to Tasklist (will try once more): " + e);
        } else {
          e.addSuppressed(first);
          throw new AssertionError(userId + " could not log in to Tasklist twice, see target/screenshots/" + file
              + ".png", e);
        }
      }
    }
    throw new IllegalStateException("unreachable");
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

  public TasklistUser whenTaskOpened(TaskOpened listener) {
    this.whenOpened = listener;
    return this;
  }

  public String id() {
    return userId;
  }

  public Browser browser() {
    return browser;
  }

  // ------------------------------------------------------------------ starting and finding work

  /** "Rozpocznij proces", then the process by its Polish name in the dialog. */
  public void startProcess(String processName) {
    act("start '" + processName + "'", () -> {
      clickFound("//*[contains(@class,'start-process-action')]//a");
      // a click on the process while the dialog is still filling its list is sometimes not taken (the
      // link is focused, the list stays): when no form has come after a few seconds, the user clicks again
      String process = MODAL + "//a[normalize-space(.)=" + literal(processName) + "]";
      long[] clickedAt = {0};
      waitUntil(30, "the start form", () -> {
        boolean again = System.nanoTime() - clickedAt[0] > Duration.ofSeconds(4).toNanos();
        List<?> seen = (List<?>) js(JS + "return [firstShown(arguments[0]), arguments[2] ? firstShown(arguments[1]) : null];",
            MODAL + FORM + "//div[contains(@class,'fjs-form-field')]", process, again);
        if (seen.get(0) == null && seen.get(1) != null) {
          clickElement((WebElement) seen.get(1));
          clickedAt[0] = System.nanoTime();
        }
        return seen.get(0);
      });
    });
  }

  /** Sends the start form and waits for Tasklist's confirmation. */
  public void submitStartForm() {
    act("start", () -> {
      clickFound("//button[@ng-click='startProcessInstance()']");
      waitUntil(30, "the confirmation", () -> {
        List<?> seen = (List<?>) js(JS + "return [errors(arguments[0]),"
            + " document.body.innerText.includes('Proces został rozpoczęty.')];", Browser.ERROR_NOTIFICATIONS);
        assertThat((List<?>) seen.get(0)).as("start form refused: error notification").isEmpty();
        return (Boolean) seen.get(1) ? true : null;
      });
    });
  }

  /**
   * Clicks the filter and waits for the card that shows {@code cardText} and this task name, without
   * opening it; returns what the card shows (task name, "Nr sprawy", "Dotyczy", "Czeka na", dates).
   */
  public String card(String filterName, String cardText, String taskName) {
    return act("find the card '" + taskName + "'",
        () -> findCard(filterName, cardXPath(cardText, taskName), WebElement::getText));
  }

  /**
   * Clicks the filter, then the card that shows {@code cardText} (a name or case number) and this task
   * name; claims the task ("Przejmij") if nobody holds it, and waits for its form.
   */
  public void openTask(String filterName, String cardText, String taskName) {
    String taskId = act("open '" + taskName + "'", () -> {
      findCard(filterName, cardXPath(cardText, taskName) + "//h4[contains(@class,'task')]/a", link -> {
        clickElement(link);
        return true;
      });
      // the task's view shows its name; scripts/vet-task-actions.js has asked the server what this user
      // may do with it (claim, give back) and shows only that: "nobody", "me" or "other" holds it
      String heading = TASK + "//h2[contains(normalize-space(.)," + literal(taskName) + ")]";
      String holder = taskActions(heading);
      assertThat(holder).as("'" + taskName + "' is held by another person").isNotEqualTo("other");
      if (holder.equals("nobody")) {
        // "Przejmij" (shown only where the claim rule allows it): the task becomes the user's
        clickFound(TASK + "//*[@ng-click='claim()']");
        waitUntil(30, "the claim", () -> "me".equals(taskActions(heading)) ? true : null);
      }
      // the task's form, drawn for the one who holds it
      return waitUntil(30, "the task's form", () -> (String) js(JS + "return firstShown(arguments[0]) ? openedTask() : null;",
          TASK + FORM + "//div[contains(@class,'fjs-form-field')]"));
    });
    whenOpened.opened(userId, taskId, taskName);
  }

  private String taskActions(String heading) {
    return waitUntil(30, "the task's view and actions", () -> (String) js(JS + """
        if (!firstShown(arguments[0])) return null;
        const opened = openedTask();
        const answered = document.body.dataset.vetTaskActions;
        return opened && answered && answered.startsWith(opened + '|') ? answered.slice(opened.length + 1) : null;
        """, heading));
  }

  private static String cardXPath(String cardText, String taskName) {
    return "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
        + "[.//*[contains(normalize-space(.)," + literal(taskName) + ")]][contains(normalize-space(.)," + literal(cardText) + ")]";
  }

  /**
   * Clicks the filter and waits for the element of a card. A card that is not there yet (a task made by
   * another user's step a moment ago) comes with the next load of the list: the filter is clicked again
   * every second until it does. The list may be drawn anew between finding the card and using it: then
   * it is found again.
   */
  private <T> T findCard(String filterName, String xpath, Function<WebElement, T> use) {
    String filter = "//div[contains(@class,'task-filter')]//a[contains(normalize-space(.)," + literal(filterName) + ")]";
    clickFound(filter);
    long[] nextLoad = {System.nanoTime() + Duration.ofSeconds(1).toNanos()};
    return waitUntil(30, "the card", () -> {
      WebElement found = (WebElement) js(FIND, xpath);
      if (found == null && System.nanoTime() > nextLoad[0]) {
        clickFound(filter);
        nextLoad[0] = System.nanoTime() + Duration.ofSeconds(1).toNanos();
      }
      return found == null ? null : use.apply(found);
    });
  }

  /**
   * In the open task's "Dokumenty" tab: attaches a scan (a small PDF) of the kind the step asks for,
   * waits until the tab says it is there, then goes back to the form ("Formularz"). Done before the
   * form is filled: the form is drawn anew when its tab comes back.
   */
  public void attachScan(String kindLabel) {
    act("attach '" + kindLabel + "'", () -> {
      clickFound(TASK + "//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Dokumenty']");
      waitUntil(30, "the documents tab", () -> (Boolean) js(JS + "return firstShown(arguments[0]) ? true : null;",
          "//div[contains(@class,'vet-documents')][@data-loaded]//select[@id='vet-document-kind']"));
      WebElement kind = browser.driver().findElement(By.id("vet-document-kind"));
      new org.openqa.selenium.support.ui.Select(kind).selectByVisibleText(kindLabel);
      try {
        Path scan = Files.createTempFile("skan-", ".pdf");
        Files.write(scan, Scans.pdf("Signed scan: " + kindLabel.replaceAll("[^\\x20-\\x7E]", "?")));
        browser.driver().findElement(By.id("vet-document-file")).sendKeys(scan.toString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      clickFound("//button[@id='vet-document-attach']");
      waitUntil(30, "the scan attached", () -> browser.bodyText().contains("Dołączono: " + kindLabel) ? true : null);
      step("dokumenty");
      clickFound(TASK + "//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Formularz']");
      waitUntil(30, "the task's form again", () -> (Boolean) js(JS + "return firstShown(arguments[0]) ? true : null;",
          TASK + FORM + "//div[contains(@class,'fjs-form-field')]"));
    });
  }

  /** "Zakończ": completes the open task and waits until Tasklist has closed it. */
  public void complete() {
    act("complete", () -> {
      clickFound("//button[@ng-click='complete()']");
      // a click that lands while the form is still taking in the last value typed (form-js applies an
      // input a moment later) submits nothing: a person would click again, and so does the user here
      long[] nextClick = {System.nanoTime() + Duration.ofSeconds(8).toNanos()};
      waitUntil(30, "the task to close", () -> {
        List<?> seen = (List<?>) js(JS + "return [errors(arguments[0]), !document.querySelector('.task-card .fjs-form')];",
            Browser.ERROR_NOTIFICATIONS);
        assertThat((List<?>) seen.get(0)).as("task not completed: error notification").isEmpty();
        if ((Boolean) seen.get(1)) {
          return true;
        }
        if (System.nanoTime() > nextClick[0]) {
          nextClick[0] = System.nanoTime() + Duration.ofSeconds(8).toNanos();
          List<WebElement> button = browser.driver().findElements(By.xpath("//button[@ng-click='complete()']"));
          if (!button.isEmpty() && button.get(0).isDisplayed() && button.get(0).isEnabled()) {
            clickElement(button.get(0));
          }
        }
        return null;
      });
    });
  }

  // ------------------------------------------------------------------ form fields, by their labels

  /** A field found by its label: the input, the form-js field around it and its kind. */
  private record Field(WebElement input, WebElement box, String kind) {}

  private Field field(String scope, String label, int occurrence, String otherScope, int otherOccurrence) {
    List<?> found = waitUntil(30, "the field '" + label + "'",
        () -> (List<?>) js(FIND_FIELD, scope, label, occurrence, otherScope, otherOccurrence));
    return new Field((WebElement) found.get(0), (WebElement) found.get(1), (String) found.get(2));
  }

  private Field field(String label, int occurrence) {
    return field(FORM, label, occurrence, null, 0);
  }

  /** What the form shows in the field with this label: a text, number or date, the option a list shows. */
  public String value(String label) {
    return value(label, 1);
  }

  public String value(String label, int occurrence) {
    return act("read '" + label + "'", () -> retryingStale(() -> shownValue(field(label, occurrence))));
  }

  private String shownValue(Field field) {
    return (String) js("const [input, box, kind] = arguments;"
        + "return kind === 'list' ? box.querySelector('.fjs-select-display').textContent.trim() : input.value;",
        field.input(), field.box(), field.kind());
  }

  public void type(String label, String text) {
    type(label, 1, text);
  }

  public void type(String label, int occurrence, String text) {
    act("type into '" + label + "'", () -> retryingStale(() -> typeInto(field(label, occurrence), text)));
  }

  /**
   * Goes into the field (WebDriver's typing puts the focus there, as a click or Tab does), types over
   * what it holds and leaves it (Tab), as a person moving on does. Leaving matters: form-js passes a text
   * or number change on only after 300 ms or on leaving the field, and a change still pending when a
   * list row is added or the form is sent is lost.
   */
  private void typeInto(Field field, String text) {
    WebElement input = field.input();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text, Keys.TAB);
    if (field.kind().equals("number")) {
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

  /**
   * A list (select): opens it, for a searchable one types {@code option} to narrow it, and picks the
   * option that reads so, else the one that contains it.
   */
  public void choose(String label, String option) {
    choose(label, 1, option);
  }

  public void choose(String label, int occurrence, String option) {
    act("choose '" + option + "' in '" + label + "'", () -> retryingStale(() -> chooseIn(field(label, occurrence), option)));
  }

  private void chooseIn(Field field, String option) {
    assertThat(field.kind()).as("a list").isIn("list", "searchable-list");
    if (field.kind().equals("list")) {
      openPlainList(field);
    } else {
      clickElement(field.input());
      field.input().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, option);
    }
    // the option of this list that reads exactly so ("zdany", not "niezdany"), else the one that contains it
    WebElement item = waitUntil(10, "the option '" + option + "'", () -> (WebElement) js(JS + """
        const [box, option] = arguments;
        const items = [...box.querySelectorAll('.fjs-dropdownlist-item')].filter(shown);
        const item = items.find((i) => text(i) === option) || items.find((i) => text(i).includes(option));
        return item ? centre(item) : null;
        """, field.box(), option));
    clickElement(item);
    waitUntil(10, "the list to show '" + option + "'", () -> shownValue(field).contains(option) ? true : null);
  }

  /**
   * A plain list opens on a click on its box (or when Tab reaches it). Now and then form-js 1.8.7 does
   * not open a list on a click (seen once per form, after its first change): focused, it stays folded
   * until the focus leaves it and comes back, so then the user tabs to the next field and back.
   */
  private void openPlainList(Field field) {
    Supplier<Boolean> open = () -> (Boolean) js("return !!arguments[0].querySelector('.fjs-dropdownlist');", field.box());
    for (int attempt = 1; attempt <= 6 && !open.get(); attempt++) {
      if (attempt % 2 == 1) {
        clickElement(field.box().findElement(By.cssSelector(".fjs-input-group")));
      } else if (field.input().equals(browser.driver().switchTo().activeElement())) {
        field.input().sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
      }
      try {
        waitUntil(1, "the list to open", () -> open.get() ? true : null);
      } catch (TimeoutException e) {
        // tried again
      }
    }
    assertThat(open.get()).as("the list opens").isTrue();
  }

  /** A radio option or a checkbox, by the text next to it. */
  public void tick(String text) {
    act("tick '" + text + "'", () -> clickFound(FORM + "//label[contains(normalize-space(.)," + literal(text) + ")]"));
  }

  /** Clicks a button of the form (e.g. a list's add button) by its text. */
  public void press(String buttonText) {
    act("press '" + buttonText + "'",
        () -> clickFound(FORM + "//button[contains(normalize-space(.)," + literal(buttonText) + ")]"));
  }

  // ------------------------------------------------------------------ rows of a list (form-js dynamiclist)

  /** Row {@code number} (from 1) of the list labelled {@code listLabel}: its fields found by their labels. */
  public Row row(String listLabel, int number) {
    return new Row(listLabel, number);
  }

  /** "Dodaj pozycję" of that list; returns the new (last) row. */
  public Row addRow(String listLabel) {
    return act("add a row to '" + listLabel + "'", () -> {
      int before = rowCount(listLabel);
      clickFound(list(listLabel) + "//button[contains(@class,'fjs-repeat-render-add')]");
      waitUntil(10, "the new row", () -> rowCount(listLabel) == before + 1 ? true : null);
      return new Row(listLabel, before + 1);
    });
  }

  /** Rows of a list the user may add to and remove from (each row has its remove button). */
  public int rowCount(String listLabel) {
    return ((Number) js(JS + "return allByXPath(arguments[0]).length;",
        list(listLabel) + "//div[contains(@class,'fjs-repeat-row-container')]")).intValue();
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

    private Field field(String label) {
      String rowBox = "(" + list(listLabel) + "//div[contains(@class,'fjs-repeat-row-container')])[" + number + "]";
      return TasklistUser.this.field(rowBox, label, 1, list(listLabel), number);
    }

    private String what(String label) {
      return "'" + label + "' of row " + number + " of '" + listLabel + "'";
    }

    public Row type(String label, String text) {
      act("type into " + what(label), () -> retryingStale(() -> typeInto(field(label), text)));
      return this;
    }

    public Row date(String label, String ddMmYyyy) {
      return type(label, ddMmYyyy);
    }

    public Row choose(String label, String option) {
      act("choose '" + option + "' in " + what(label), () -> retryingStale(() -> chooseIn(field(label), option)));
      return this;
    }

    /** A checkbox of this row, by its label. */
    public Row tick(String label) {
      act("tick " + what(label), () -> retryingStale(() -> clickElement(field(label).input())));
      return this;
    }

    /** What the row shows in that field (e.g. a read-only participant name). */
    public String value(String label) {
      return act("read " + what(label), () -> retryingStale(() -> shownValue(field(label))));
    }
  }

  // ------------------------------------------------------------------ what the user sees

  /**
   * What the user sees, in one look: how much of the page's panes lies below their fold, the page's
   * text, the placeholders of its inputs, the error notifications shown.
   */
  private static final String SEEN = JS + """
      let hidden = 0;
      for (const e of document.querySelectorAll('*')) {
        if (e.clientHeight > 0 && e.scrollHeight - e.clientHeight > hidden) {
          const overflow = getComputedStyle(e).overflowY;
          if (overflow === 'auto' || overflow === 'scroll') hidden = e.scrollHeight - e.clientHeight;
        }
      }
      hidden = Math.max(hidden, document.documentElement.scrollHeight - window.innerHeight);
      return [hidden, document.body.innerText,
          [...document.querySelectorAll('input[placeholder]')].map((i) => i.getAttribute('placeholder')),
          errors(arguments[0])];
      """;

  /** Screenshot of this step, then the checks every screen must pass. */
  public void step(String name) {
    String file = String.format("%s-%02d-%s", caseName, counter.next++, name);
    long now = System.nanoTime();
    // how long the user's actions since the last step took: where a slow test spends its time
    System.out.printf("%s: +%.1f s%n", file, (now - counter.last) / 1e9);
    counter.last = now;
    // the Polish script rewrites a freshly rendered field's placeholder a moment after form-js draws it
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5), Duration.ofMillis(100))
          .until(d -> ((List<?>) ((List<?>) js(SEEN, Browser.ERROR_NOTIFICATIONS)).get(2)).stream()
          .noneMatch(p -> ENGLISH.matcher(String.valueOf(p)).find()));
    } catch (org.openqa.selenium.TimeoutException e) {
      // still English after 5 s: the check below names it
    }
    List<?> seen = (List<?>) js(SEEN, Browser.ERROR_NOTIFICATIONS);
    screenshotWhole(file, ((Number) seen.get(0)).longValue());
    String text = (String) seen.get(1);
    Matcher english = ENGLISH.matcher(text);
    assertThat(english.find()).as(file + ": English text on screen: " + (english.hitEnd() ? "" : english.group())
        + "\n" + text).isFalse();
    Matcher usDate = US_DATE.matcher(text);
    assertThat(usDate.find()).as(file + ": US date on screen").isFalse();
    for (Object placeholder : (List<?>) seen.get(2)) {
      assertThat(ENGLISH.matcher(String.valueOf(placeholder)).find()).as(file + ": English placeholder '" + placeholder + "'")
          .isFalse();
    }
    assertThat((List<?>) seen.get(3)).as(file + ": error notifications").isEmpty();
    counter.last = System.nanoTime();
  }

  /**
   * Tasklist scrolls its panes and the start dialog inside a fixed window: for the screenshot the
   * window grows by what lies below the fold (at most to 6000 px, twice at most: a taller window can
   * lay the page out anew), so a form is seen whole; then it is as before.
   */
  private void screenshotWhole(String file, long hidden) {
    WebDriver driver = browser.driver();
    Dimension size = Browser.WINDOW;
    for (int i = 0; i < 2 && hidden > 2 && size.getHeight() < 6000; i++) {
      size = new Dimension(size.getWidth(), (int) Math.min(6000, size.getHeight() + hidden + 40));
      driver.manage().window().setSize(size);
      hidden = ((Number) ((List<?>) js(SEEN, Browser.ERROR_NOTIFICATIONS)).get(0)).longValue();
    }
    browser.screenshot(file);
    if (!size.equals(Browser.WINDOW)) {
      driver.manage().window().setSize(Browser.WINDOW);
    }
  }

  /** Waits until the page shows this text (e.g. a sum the form works out). */
  public void sees(String text) {
    act("see '" + text + "'", () -> waitUntil(30, "'" + text + "'",
        () -> (Boolean) js("return document.body.innerText.includes(arguments[0]);", text) ? true : null));
  }

  /** The page's text as the user reads it. */
  public String text() {
    return (String) js("return document.body.innerText;");
  }

  // ------------------------------------------------------------------ acting and waiting

  /** Runs one action of the user; if it fails, saves what the screen showed and says what was tried. */
  private <T> T act(String action, Supplier<T> run) {
    try {
      return run.get();
    } catch (RuntimeException | AssertionError e) {
      throw failed(action, e);
    }
  }

  private void act(String action, Runnable run) {
    act(action, () -> {
      run.run();
      return null;
    });
  }

  /** Saves what the screen shows when an action failed ({@code <case>-FAILED-NN.png}) and adds the page's text. */
  private AssertionError failed(String action, Throwable cause) {
    if (cause instanceof AssertionError e && e.getMessage() != null && e.getMessage().contains("target/screenshots/")) {
      return e; // an inner action has saved the screen already
    }
    String file = String.format("%s-FAILED-%02d", caseName, counter.next);
    String page = "";
    try {
      saveScreen(browser, file);
      page = browser.bodyText();
    } catch (RuntimeException | IOException e) {
      cause.addSuppressed(e);
    }
    return new AssertionError(userId + ": " + action + " failed, see target/screenshots/" + file
        + ".png; the page shows:\n" + page, cause);
  }

  private static void saveScreen(Browser browser, String file) throws IOException {
    browser.screenshot(file);
    Files.writeString(Path.of("target", "screenshots", file + ".html"), browser.driver().getPageSource());
  }

  /** Waits (looking every 50 ms) until {@code condition} gives something other than null. */
  private <T> T waitUntil(int seconds, String what, Supplier<T> condition) {
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds), Duration.ofMillis(50));
    wait.withMessage("waiting for " + what);
    wait.ignoring(StaleElementReferenceException.class);
    return wait.until(d -> condition.get());
  }

  /** Clicks the first shown element of the XPath (waiting for it; found again if it is drawn anew). */
  private void clickFound(String xpath) {
    waitUntil(30, xpath, () -> {
      WebElement found = (WebElement) js(FIND, xpath);
      if (found == null) {
        return null;
      }
      clickElement(found);
      return true;
    });
  }

  /**
   * Clicks the element (already scrolled into view); while the form is still laying itself out (a task
   * just opened, a row just added) another element can lie over it for a moment: then tries again. When
   * it is the options of a list the user tabbed into (form-js opens a list on focus), the user tabs on.
   */
  private void clickElement(WebElement element) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(50))
        .ignoring(ElementClickInterceptedException.class).ignoring(ElementNotInteractableException.class)
        .until(d -> {
          try {
            element.click();
          } catch (ElementClickInterceptedException e) {
            if (!(String.valueOf(e.getMessage()).contains("fjs-dropdownlist") && foldListReachedByTab())) {
              throw e;
            }
            element.click();
          }
          return true;
        });
  }

  /** Tabs on while the focus is on a plain list with its options open (leaving a list folds it); true if it was. */
  private boolean foldListReachedByTab() {
    boolean folded = false;
    for (int i = 0; i < 5 && (Boolean) js("""
        const active = document.activeElement;
        return !!active && active.classList.contains('fjs-select-hidden-input')
            && !!active.closest('.fjs-form-field-select').querySelector('.fjs-dropdownlist');
        """); i++) {
      browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      folded = true;
    }
    return folded;
  }

  /** A form re-drawn while the user works on it (e.g. the task's form after the claim): finds the field again. */
  private <T> T retryingStale(Supplier<T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private void retryingStale(Runnable action) {
    retryingStale(() -> {
      action.run();
      return null;
    });
  }

  private Object js(String script, Object... args) {
    return browser.js(script, args);
  }

  /** An XPath string literal of any text (names with an apostrophe included). */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  /**
   * form-js 1.8.7 number fields hand their value on after a 300 ms debounce (at once on leaving the
   * field) and then write it back into the input; keys sent all at once by WebDriver can be overwritten
   * by a write-back that came between them on a busy machine (typed "40" became "4"), which a person
   * typing key by key does not meet. If the field does not show what was typed, types it again key by key.
   */
  private void settle(WebElement input, String text) {
    for (int attempt = 0; attempt < 3 && !text.equals(input.getDomProperty("value")); attempt++) {
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      Eventually.sleep(400);
      for (char c : text.toCharArray()) {
        input.sendKeys(String.valueOf(c));
        Eventually.sleep(60);
      }
      input.sendKeys(Keys.TAB);
      Eventually.sleep(400);
    }
    assertThat(input.getDomProperty("value")).as("number field shows what was typed").isEqualTo(text);
  }

  @Override
  public void close() {
    browser.close();
  }
}
