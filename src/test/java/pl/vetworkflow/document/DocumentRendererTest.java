package pl.vetworkflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The templates become PDF/A with the Polish letters embedded; a template in the configured folder wins. */
class DocumentRendererTest {

  static Map<String, Object> agreement() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("documentTitle", "Umowa trójstronna o staż uczniowski");
    values.put("documentNumber", "UST/2027/0001");
    values.put("documentVersion", 1);
    values.put("caseNumber", "SU/2027/0001");
    values.put("issuedOn", "01.03.2027");
    values.put("agreementNumber", "UT/SU/12/2027");
    values.put("agreementDate", "01.03.2027");
    values.put("employerName", "Opolskie Zakłady Mechaniczne");
    values.put("participantName", "Zuzanna Łęcka-Żółć");
    values.put("studentPesel", "10262112345");
    values.put("schoolName", "Zespół Szkół Mechanicznych w Opolu");
    values.put("minor", true);
    values.put("agreementSignatory", "Grzegorz Łęcki");
    values.put("profession", "technik mechanik");
    values.put("plannedStartDate", "01.07.2027");
    values.put("plannedEndDate", "31.07.2027");
    values.put("plannedHours", 150);
    values.put("workplace", "hala B, stanowisko operatora tokarki CNC");
    values.put("tutorName", "Tomasz Kurek");
    values.put("tutorEmail", "t.kurek@ozm.example.pl");
    values.put("tutorPhone", null);
    values.put("stipendFullAmount", "2 600,00 zł");
    values.put("stipendFullHours", 160);
    values.put("plannedStipend", "2 437,50 zł");
    values.put("tutorFullAmount", "500,00 zł");
    values.put("juvenileWorker", false);
    return values;
  }

  @Test
  void theShippedAgreementIsPdfAWithPolishLettersAndTheCasesValues() {
    byte[] pdf = PdfText.keep("internship-agreement-sample", new DocumentRenderer(
        new DocumentSettings(null, DataSize.ofMegabytes(10))).render("internship-agreement", agreement()));

    String text = PdfText.of(pdf);
    assertThat(text).contains("UMOWA TRÓJSTRONNA O STAŻ UCZNIOWSKI", "nr UT/SU/12/2027 z dnia 01.03.2027",
        "Zuzanna Łęcka-Żółć", "Grzegorz Łęcki", "od 01.07.2027 do 31.07.2027", "150 godzin", "2 437,50 zł",
        "Rodzic lub opiekun prawny", "Dokument nr UST/2027/0001 – strona 1 z 2");
    assertThat(PdfText.title(pdf)).isEqualTo("Umowa trójstronna o staż uczniowski nr UST/2027/0001");
    assertThat(PdfText.pdfA2WithEmbeddedFonts(pdf)).isTrue();
  }

  @Test
  void aTemplateInTheConfiguredFolderReplacesTheShippedOneAtOnce(@TempDir Path folder) throws Exception {
    DocumentRenderer renderer = new DocumentRenderer(new DocumentSettings(folder.toString(), DataSize.ofMegabytes(10)));
    assertThat(PdfText.of(renderer.render("internship-agreement", agreement()))).contains("UMOWA TRÓJSTRONNA");

    Files.writeString(folder.resolve("internship-agreement.html"), """
        <!DOCTYPE html><html xmlns:th="http://www.thymeleaf.org" lang="pl"><head><meta charset="UTF-8" />
        <title>Umowa</title><style th:replace="~{layout :: style}"></style></head>
        <body><h1>Umowa o staż – wzór biura projektu</h1><p th:text="${participantName}">x</p></body></html>
        """);
    String changed = PdfText.of(renderer.render("internship-agreement", agreement()));
    assertThat(changed).contains("Umowa o staż – wzór biura projektu", "Zuzanna Łęcka-Żółć")
        .doesNotContain("UMOWA TRÓJSTRONNA");
  }

  @Test
  void documentsRenderedAtOnceOnSeveralThreadsEachGetTheirOwnValuesAndFonts() throws Exception {
    DocumentRenderer renderer = new DocumentRenderer(new DocumentSettings(null, DataSize.ofMegabytes(10)));
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      List<Future<byte[]>> rendered = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        Map<String, Object> values = agreement();
        values.put("participantName", "Uczestnik Żółć nr " + i);
        values.put("documentNumber", "UST/2027/000" + i);
        rendered.add(threads.submit(() -> renderer.render("internship-agreement", values)));
      }
      for (int i = 0; i < rendered.size(); i++) {
        byte[] pdf = rendered.get(i).get();
        assertThat(PdfText.of(pdf)).contains("Uczestnik Żółć nr " + i, "Dokument nr UST/2027/000" + i + " – strona 1 z 2")
            .doesNotContain("Zuzanna");
        assertThat(PdfText.pdfA2WithEmbeddedFonts(pdf)).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
