package pl.vetworkflow.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static pl.vetworkflow.procurement.ProcurementForms.*;
import static pl.vetworkflow.procurement.ProcurementProcessTestSupport.advanceDays;
import static pl.vetworkflow.procurement.ProcurementProcessTestSupport.setToday;
import static pl.vetworkflow.procurement.ProcurementProcessTestSupport.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import pl.vetworkflow.document.Document;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.document.DocumentStore;
import pl.vetworkflow.document.PdfText;
import pl.vetworkflow.validation.PolishDates;

/**
 * The equipment procurement's documents: the enquiry of its supplier selection, a document of the
 * procurement's case with the requested items, and the acceptance protocol with every delivered
 * piece's inventory number, issued when the equipment is in the asset register. Each PDF is read
 * back and kept under target/documents/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "spring.datasource.url=jdbc:h2:mem:vet-procurement-documents;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@DirtiesContext
class ProcurementDocumentsTest {
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired DocumentStore documents;

  ProcurementProcessTestSupport cases;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    cases = new ProcurementProcessTestSupport(runtime, taskService, management);
    jdbc.update("delete from vet_procurement_order");
    setToday(LocalDate.of(2026, 3, 2));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void theEnquiryListsTheItemsAndTheProtocolTheInventoryNumbersOfEveryPiece() {
    Map<String, Object> request = request("1", "ELECTRICAL", 2, 3000.00, today());
    request.put("items", new ArrayList<>(List.of(item("Stanowisko dydaktyczne", 2, 3000.00),
        item("Oscyloskop cyfrowy", 1, 1200.00))));
    request.put("estimatedNetValue", 7200.00);
    ProcessInstance pi = cases.start(request);
    cases.complete(pi, "reviewRequest", review("APPROVE", null));
    LocalDate enquiryDay = today();
    cases.complete(pi, "recordEnquiry", enquiry(null, enquiryDay, enquiryDay.plusDays(5)));

    Document enquiry = single(pi, DocumentKind.PROCUREMENT_ENQUIRY);
    assertThat(enquiry.processInstanceId()).as("the procurement's case, not its supplier selection").isEqualTo(pi.getId());
    assertThat(enquiry.caseNumber()).isEqualTo(pi.getBusinessKey());
    assertThat(enquiry.number()).matches("ZO/2026/\\d{4}");
    assertThat(enquiry.taskName()).isEqualTo("Zarejestruj zapytanie ofertowe");
    byte[] enquiryPdf = PdfText.keep("procurement-enquiry", documents.content(enquiry.id()));
    assertThat(PdfText.title(enquiryPdf)).isEqualTo("Zapytanie ofertowe nr " + enquiry.number());
    assertThat(PdfText.of(enquiryPdf)).contains("ZAPYTANIE OFERTOWE", "nr " + enquiry.number() + " z dnia 02.03.2026",
        "Technikum nr 1 w Opolu", "Wyposażenie pracowni ELECTRICAL", "Sprzęt elektryczny, elektroniczny i pomiarowy",
        "Pracownia mechatroniki, zawód: technik mechatronik", "1 Stanowisko dydaktyczne 2 szt.",
        "2 Oscyloskop cyfrowy 1 szt.", "Rozeznanie rynku", "Dostawca A, Dostawca B, Dostawca C",
        "do dnia 07.03.2026", "od 0 do 100 punktów", "Sprawa nr " + pi.getBusinessKey())
        .doesNotContain("3 000,00");
    assertThat(PdfText.pdfA2WithEmbeddedFonts(enquiryPdf)).isTrue();

    advanceDays(6);
    cases.fireTimer(pi, "offerDeadlineReached");
    cases.complete(pi, "recordOffers", offers(7000.00));
    LocalDate contractDay = today();
    cases.complete(pi, "recordContract", contract(7000.00, contractDay, contractDay.plusDays(30)));
    advanceDays(10);
    LocalDate delivered = today();
    cases.complete(pi, "confirmDelivery", delivery(delivered, "DEFECTS"));
    cases.complete(pi, "fileComplaint", complaint(today(), today().plusDays(14)));
    advanceDays(5);
    LocalDate remedied = today();
    cases.complete(pi, "confirmRemedy", remedy(remedied));
    assertThat(pi).isWaitingAt("recordAssets", "recordInvoice");
    assertThat(documents.ofCase(pi.getId())).extracting(Document::kind).doesNotContain(DocumentKind.ACCEPTANCE_PROTOCOL);
    cases.complete(pi, "recordAssets", assets(cases.variable(pi, "inventoryNumbers"), today()));

    Document protocol = single(pi, DocumentKind.ACCEPTANCE_PROTOCOL);
    assertThat(protocol.number()).matches("PO/2026/\\d{4}");
    byte[] pdf = PdfText.keep("acceptance-protocol", documents.content(protocol.id()));
    assertThat(PdfText.title(pdf)).isEqualTo("Protokół odbioru nr " + protocol.number());
    assertThat(PdfText.of(pdf)).contains("PROTOKÓŁ ODBIORU", "nr PO/2/2026 z dnia " + PolishDates.format(remedied),
        "Technikum nr 1 w Opolu", "Mechatronika Opole sp. z o.o., NIP " + NIP_A,
        "nr UM/2026/17 z dnia " + PolishDates.format(contractDay) + ", wartość netto 7 000,00 zł, brutto 8 610,00 zł",
        "Data dostawy " + PolishDates.format(delivered),
        "1 Stanowisko dydaktyczne 2 szt. 3 000,00 zł 6 000,00 zł", "2 Oscyloskop cyfrowy 1 szt. 1 200,00 zł 1 200,00 zł",
        "Razem netto 7 200,00 zł",
        "1. Stanowisko dydaktyczne szt. 1 z 2 ST-2026-001", "1. Stanowisko dydaktyczne szt. 2 z 2 ST-2026-002",
        "2. Oscyloskop cyfrowy szt. 1 z 1 ST-2026-003",
        "reklamacja (Wymiana uszkodzonej obudowy), wady usunięto dnia " + PolishDates.format(remedied), "Sprawa nr " + pi.getBusinessKey(), "Dokument nr " + protocol.number());
    assertThat(PdfText.pdfA2WithEmbeddedFonts(pdf)).isTrue();

    cases.complete(pi, "recordInvoice", invoice(7000.00, today()));
    assertThat(pi).isEnded();
  }

  Document single(ProcessInstance pi, DocumentKind kind) {
    List<Document> found = documents.ofCase(pi.getId()).stream().filter(d -> d.kind() == kind).toList();
    assertThat(found).as(kind.name()).hasSize(1);
    return found.get(0);
  }
}
