package pl.vetworkflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by the system chromedriver (installed by .ci/run). */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final String baseUrl;

  public Browser(int port) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--lang=en-US");
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

  /** Logs in on a webapp's login form (the inputs have no id, only ng-model). */
  public void logIn(String app, String user, String password) {
    open("/camunda/app/" + app + "/");
    waitFor(By.cssSelector("input[ng-model=username]")).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  public org.openqa.selenium.WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void waitForText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
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
