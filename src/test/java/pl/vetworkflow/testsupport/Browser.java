package pl.vetworkflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver (installed by .ci/run), with what every
 * browser test of the webapps needs: logging in, waiting for what the page shows, clicking what may be
 * covered for a moment, the error notifications shown, screenshots under target/screenshots/.
 */
public final class Browser implements AutoCloseable {
  /** Where the webapps show an error: a notification, or an alert in a form or dialog. */
  public static final String ERROR_NOTIFICATIONS = ".notifications .alert-danger, .alert-danger";
  /** The size of the browser's window (a screenshot may grow it for a moment). */
  public static final Dimension WINDOW = new Dimension(1400, 1000);

  private final WebDriver driver;
  private final String baseUrl;

  public Browser(int port) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(), "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    this.baseUrl = "http://localhost:" + port;
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Logs in on a webapp's login form (the inputs have no id, only ng-model). The form focuses its name
   * field itself once it is drawn; on a busy machine that can come while the password is being typed,
   * and the rest of the password then goes into the name field. So the user waits for that focus, and
   * sends the form only when both fields show what was typed (never a wrong password: the engine locks
   * a user out for a while after failed logins).
   */
  public void logIn(String app, String user, String password) {
    open("/camunda/app/" + app + "/");
    // the first page of a browser just started: on a busy machine it may take a while
    WebElement name = new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofMillis(100))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    WebElement secret = driver.findElement(By.cssSelector("input[ng-model=password]"));
    try {
      new WebDriverWait(driver, Duration.ofSeconds(3), Duration.ofMillis(50))
          .until(d -> name.equals(d.switchTo().activeElement()));
    } catch (org.openqa.selenium.TimeoutException e) {
      // a login page that does not focus its name field: the user clicks into it
    }
    for (int attempt = 1; ; attempt++) {
      name.click();
      name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, user);
      secret.click();
      secret.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, password);
      if (user.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))) {
        break;
      }
      if (attempt == 3) {
        throw new IllegalStateException("the login form of " + app + " does not keep what " + user + " typed");
      }
    }
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void waitForText(String text) {
    // a page being replaced (a form sent) drops its body between finding and reading it: read again
    new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  /**
   * Waits for the first shown element of {@code locator}, scrolls it to the middle of the window and
   * clicks it; while a page or form is still laying itself out another element can lie over it for a
   * moment (or it is drawn anew): then tries again, for up to 30 s.
   */
  public WebElement click(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50))
        .ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class)
        .until(d -> {
          WebElement element = d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
          if (element == null) {
            return null;
          }
          js("arguments[0].scrollIntoView({block: 'center'});", element);
          element.click();
          return element;
        });
  }

  /** Clicks the Tasklist filter of this name (e.g. "Zadania mojej grupy"). */
  public void openFilter(String name) {
    click(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'" + name + "')]"));
  }

  /**
   * What scripts/vet-task-actions.js found the user may do with the opened task ({@code taskId}):
   * "nobody", "me" or "other" holds it; waits until it has asked the server.
   */
  public String taskActions(String taskId) {
    return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(d -> {
      String answered = d.findElement(By.tagName("body")).getAttribute("data-vet-task-actions");
      return answered != null && answered.startsWith(taskId + "|") ? answered.substring(taskId.length() + 1) : null;
    });
  }

  /** As {@link #taskActions(String)}, for the task the page shows ({@code #/?task=<id>}). */
  public String taskActions() {
    String taskId = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(d -> (String) js(
        "const hash = window.location.hash; const q = hash.indexOf('?');"
            + "return q < 0 ? null : new URLSearchParams(hash.slice(q + 1)).get('task');"));
    return taskActions(taskId);
  }

  /** The texts of the error notifications shown now. */
  @SuppressWarnings("unchecked")
  public List<String> errorNotifications() {
    return (List<String>) js("return [...document.querySelectorAll(arguments[0])]"
        + ".filter((e) => e.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true }))"
        + ".map((e) => e.textContent.replace(/\\s+/g, ' ').trim());", ERROR_NOTIFICATIONS);
  }

  /** Runs a script in the page (to look, not to act: clicks and keys go through WebDriver). */
  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public String bodyText() {
    return new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100))
        .ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.tagName("body")).getText());
  }

  /** Saves a screenshot under target/screenshots/ and returns its path. */
  public Path screenshot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Path target = dir.resolve(name + ".png");
      Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
