package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static pl.vetworkflow.internship.InternshipScenario.SUBMITTED;
import static pl.vetworkflow.internship.InternshipScenario.clock;
import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.document.Document;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.document.DocumentStore;
import pl.vetworkflow.document.PdfText;
import pl.vetworkflow.notification.OverdueTaskReminders;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.ReminderJob;
import pl.vetworkflow.validation.FormValidationException;

/**
 * The teacher internship's documents: the agreement issued when the coordinator prepares it, the
 * signature steps that need the signed scan, and the confirmation for the Teachers' Charter issued
 * with the dates and hours the employer confirmed. Each PDF is read back and kept under
 * target/documents/.
 */
@H2IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-teacher-internship-documents;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=teacher-internship-documents"})
class TeacherInternshipDocumentsTest {
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired OverdueTaskReminders reminderJob;
  @Autowired Attachments attachments;
  @Autowired DocumentStore documents;

  InternshipScenario scenario;
  TeacherInternshipSteps steps;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new InternshipScenario(runtime, tasks, identity, management, new ReminderJob(reminderJob, jdbc));
    steps = new TeacherInternshipSteps(scenario, tasks, history, attachments);
    clock(SUBMITTED);
    jdbc.update("delete from vet_support");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void theAgreementAndTheConfirmationShowTheCasesPeopleDatesAndHours() {
    ProcessInstance pi = steps.submit(TeacherInternshipProcessTest.teacherApplication("1"));
    steps.approve(pi);
    steps.confirmPlacement(pi, "employer1");
    steps.prepareAgreement(pi);

    Document agreement = single(pi, DocumentKind.TEACHER_INTERNSHIP_AGREEMENT);
    assertThat(agreement.number()).matches("USN/2026/\\d{4}");
    assertThat(agreement.caseNumber()).isEqualTo(pi.getBusinessKey());
    assertThat(agreement.taskName()).isEqualTo("Przygotuj umowę o staż nauczyciela");
    byte[] pdf = PdfText.keep("teacher-internship-agreement", documents.content(agreement.id()));
    assertThat(PdfText.title(pdf)).isEqualTo("Umowa o staż nauczyciela u pracodawcy nr " + agreement.number());
    assertThat(PdfText.of(pdf)).contains("UMOWA O STAŻ NAUCZYCIELA U PRACODAWCY",
        "nr " + TeacherInternshipSteps.AGREEMENT + " z dnia 02.03.2026",
        "Opolskie Zakłady Mechaniczne Sp. z o.o.", "Ewa Mazur, PESEL " + TeacherInternshipProcessTest.TEACHER_PESEL,
        "Technikum nr 1 w Opolu", "technik mechanik", "obróbka skrawaniem, technologia mechaniczna",
        "od 13.04.2026 do 17.04.2026", "40 godzin", "Hala B, dział obróbki",
        "Adam Nowak, a.nowak@firma.example.pl", "art. 70c", "Sprawa nr " + pi.getBusinessKey(),
        "Dokument nr " + agreement.number() + " – strona 1 z");
    assertThat(PdfText.pdfA2WithEmbeddedFonts(pdf)).isTrue();

    steps.signatures(pi, "employer1");
    assertThat(documents.ofCase(pi.getId())).extracting(Document::kind).containsExactly(
        DocumentKind.TEACHER_INTERNSHIP_AGREEMENT, DocumentKind.SIGNED_AGREEMENT, DocumentKind.SIGNED_AGREEMENT);

    // one day of justified absence: 32 of the 40 hours, accepted by the coordinator
    scenario.reachPlannedEnd(pi, TeacherInternshipProcessTest.END);
    steps.attendance(pi, "employer1", 32L);
    scenario.complete("coordinator", pi, "decideShortfall",
        Map.of(SHORTFALL_DECISION, "ACCEPT_PARTIAL", SHORTFALL_REASON, "Jeden dzień usprawiedliwionej nieobecności."));
    steps.confirm(pi);
    assertThat(pi).isEnded().hasPassed("issueConfirmation", "internshipCompleted");

    Document certificate = single(pi, DocumentKind.TEACHER_INTERNSHIP_CERTIFICATE);
    assertThat(certificate.number()).matches("ZSN/2026/\\d{4}");
    byte[] confirmation = PdfText.keep("teacher-internship-certificate", documents.content(certificate.id()));
    assertThat(PdfText.title(confirmation))
        .isEqualTo("Zaświadczenie o odbyciu stażu nauczyciela nr " + certificate.number());
    assertThat(PdfText.of(confirmation)).contains("ZAŚWIADCZENIE O ODBYCIU STAŻU",
        "nr " + TeacherInternshipSteps.CERTIFICATE + " z dnia 20.04.2026",
        "Ewa Mazur", "PESEL " + TeacherInternshipProcessTest.TEACHER_PESEL, "Technikum nr 1 w Opolu",
        "Opolskie Zakłady Mechaniczne Sp. z o.o.", "od 13.04.2026 do 17.04.2026", "w wymiarze 32 godzin",
        "planowano 40", "nr " + TeacherInternshipSteps.AGREEMENT + " z dnia 02.03.2026",
        "Programowanie obrabiarek CNC, kontrola jakości.", "art. 70c ustawy z dnia 26 stycznia 1982 r. – Karta Nauczyciela",
        "Dokument nr " + certificate.number());
    assertThat(PdfText.pdfA2WithEmbeddedFonts(confirmation)).isTrue();
  }

  @Test
  void aSignatureStepWithoutTheSignedScanIsRefusedNamingTheDocumentsTabAndStaysOpen() {
    ProcessInstance pi = steps.submit(TeacherInternshipProcessTest.teacherApplication("1"));
    steps.approve(pi);
    steps.confirmPlacement(pi, "employer1");
    steps.prepareAgreement(pi);
    Task signature = scenario.task(pi, "recordTeacherSignature");

    assertThatThrownBy(() -> scenario.complete("school1", pi, "recordTeacherSignature",
        Map.of(TEACHER_SIGNATURE_DATE, "2026-03-02"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("„Dokumenty”").hasMessageContaining("Podpisana umowa (skan)")
        .satisfies(e -> assertThat(((FormValidationException) e).fields()).containsExactly("documents"));
    assertThat(tasks.createTaskQuery().taskId(signature.getId()).count()).isEqualTo(1);
    assertThat(runtime.getVariable(pi.getId(), TEACHER_SIGNATURE_DATE)).isNull();
    // the school's scan does not complete the employer's step beside it
    steps.attachSignedAgreement(pi, "recordTeacherSignature", "school1");
    assertThatThrownBy(() -> scenario.complete("employer1", pi, "recordEmployerSignature",
        Map.of(EMPLOYER_SIGNATORY_NAME, "Prezes zarządu", EMPLOYER_SIGNATURE_DATE, "2026-03-02")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("„Dokumenty”");
    scenario.complete("school1", pi, "recordTeacherSignature", Map.of(TEACHER_SIGNATURE_DATE, "2026-03-02"));
    assertThat(pi).isWaitingAt("recordEmployerSignature");
  }

  Document single(ProcessInstance pi, DocumentKind kind) {
    List<Document> found = documents.ofCase(pi.getId()).stream().filter(d -> d.kind() == kind).toList();
    assertThat(found).as(kind.name()).hasSize(1);
    return found.get(0);
  }
}
