package pl.vetworkflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.AGREEMENT_DATE;
import static pl.vetworkflow.internship.StudentInternshipVariables.AGREEMENT_NUMBER;
import static pl.vetworkflow.internship.StudentInternshipVariables.PROGRAMME_APPROVED;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.Browser;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.Scans;
import pl.vetworkflow.testsupport.StudentInternshipDriver;

/**
 * In Tasklist, in Chromium, as school1 at the pupil's signature step: the "Dokumenty" tab lists the
 * issued agreement and says the signed scan is missing; a text file named .pdf is refused in Polish;
 * the scan is attached; the agreement downloads as the PDF stored. Screenshots:
 * target/screenshots/documents-*.png.
 */
@H2IntegrationTest
class DocumentsTabBrowserTest {
  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired Attachments attachments;
  @Autowired DocumentStore store;

  @Test
  void schoolOneAttachesTheSignedScanAndDownloadsTheAgreement(@TempDir Path files) throws Exception {
    StudentInternshipDriver driver = new StudentInternshipDriver(runtime, tasks, identity, management);
    driver.attachingScans(attachments, history, repository);
    ProcessInstance signing;
    StudentInternshipDriver.clock(StudentInternshipDriver.SUBMITTED);
    try {
      signing = driver.submit(StudentInternshipDriver.application(
          Pesel.of(java.time.LocalDate.of(2006, 5, 14), 4821).value(), 120));
      if (tasks.createTaskQuery().processInstanceId(signing.getId()).taskDefinitionKey("reviewApplication").count() > 0) {
        driver.complete("coordinator", signing, "reviewApplication", Map.of("reviewDecision", "APPROVE"));
      }
      driver.complete("employer1", signing, "confirmPlacement", Map.of("placementDecision", "CONFIRM",
          "tutorName", "Adam Nowak", "tutorEmail", "a.nowak@firma.example.pl", "workplace", "Hala B"));
      driver.complete("teacher1", signing, "approveProgramme", Map.of(PROGRAMME_APPROVED, true));
      driver.complete("coordinator", signing, "prepareAgreement", Map.of(AGREEMENT_NUMBER, "UM/9/2026",
          AGREEMENT_DATE, StudentInternshipDriver.SUBMITTED.toString()));
    } finally {
      ClockUtil.reset();
    }
    Task signature = driver.task(signing, "recordParticipantSignature");
    Path notAScan = Files.writeString(files.resolve("umowa.pdf"), "To jest zwykły tekst, nie skan.");
    Path scan = Files.write(files.resolve("umowa-podpisana.pdf"), Scans.pdf("Signed agreement UM/9/2026"));

    try (Browser browser = new Browser(port)) {
      browser.logIn("tasklist", "school1", "school1");
      browser.open("/camunda/app/tasklist/default/#/?task=" + signature.getId());
      browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Dokumenty']"));
      browser.waitFor(By.cssSelector(".vet-documents[data-loaded]"));
      browser.waitForText("Dokumenty sprawy " + signing.getBusinessKey());
      assertThat(browser.bodyText()).contains("Umowa trójstronna o staż uczniowski nr UST/",
          "Ten krok wymaga dołączenia: Podpisana umowa (skan)", "Rodzaj dokumentu", "Dołącz plik");
      browser.screenshot("documents-tab-school1");

      browser.driver().findElement(By.id("vet-document-file")).sendKeys(notAScan.toString());
      browser.driver().findElement(By.id("vet-document-attach")).click();
      browser.waitForText("nie jest plikiem PDF, JPEG ani PNG");
      browser.screenshot("documents-refused-text-file");
      assertThat(store.ofCase(signing.getId())).hasSize(1);

      browser.driver().findElement(By.id("vet-document-file")).clear();
      browser.driver().findElement(By.id("vet-document-file")).sendKeys(scan.toString());
      browser.driver().findElement(By.id("vet-document-attach")).click();
      browser.waitForText("Dołączono: Podpisana umowa (skan) – umowa-podpisana.pdf.");
      browser.waitForText("Dołączono wymagany dokument");
      browser.screenshot("documents-scan-attached");
      List<Document> stored = store.ofCase(signing.getId());
      assertThat(stored).extracting(Document::kind)
          .containsExactly(DocumentKind.INTERNSHIP_AGREEMENT, DocumentKind.SIGNED_AGREEMENT);
      assertThat(stored.get(1).createdBy()).isEqualTo("school1");
      assertThat(stored.get(1).taskId()).isEqualTo(signature.getId());

      // the agreement's link downloads the stored PDF (read by the page itself, with its session)
      String href = browser.driver().findElement(By.cssSelector(".vet-documents-list tr[data-kind=INTERNSHIP_AGREEMENT] a"))
          .getDomProperty("href");
      Object sha = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer())"
              + ".then(b => crypto.subtle.digest('SHA-256', b)).then(d => done(Array.from(new Uint8Array(d))"
              + ".map(x => x.toString(16).padStart(2, '0')).join('')));", href);
      assertThat(sha).isEqualTo(stored.get(0).sha256());
      assertThat(store.downloads(stored.get(0).id())).extracting(DocumentStore.Download::userId)
          .containsExactly("school1");
      assertThat(browser.driver().findElements(By.cssSelector(".notifications .alert-danger"))).isEmpty();
    }
  }
}
