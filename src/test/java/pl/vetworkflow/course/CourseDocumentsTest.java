package pl.vetworkflow.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static pl.vetworkflow.course.CourseForms.*;
import static pl.vetworkflow.course.CourseScenario.clock;
import static pl.vetworkflow.course.CourseVariables.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import pl.vetworkflow.document.Document;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.document.DocumentStore;
import pl.vetworkflow.document.PdfText;
import pl.vetworkflow.testsupport.H2IntegrationTest;

/**
 * The course's documents: one certificate of completion for each participant who completed, issued
 * when the completion is recorded (none for who did not), and the enquiry of a provider bought
 * through the supplier selection, which belongs to the course's case. Each PDF is read back and kept
 * under target/documents/.
 */
@H2IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:vet-course-documents;DB_CLOSE_DELAY=-1"})
class CourseDocumentsTest {
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired DocumentStore documents;

  CourseScenario scenario;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario = new CourseScenario(runtime, tasks, identity, management);
    clock(TODAY);
    jdbc.update("delete from vet_support");
    jdbc.update("delete from vet_course_enrolment");
    jdbc.update("delete from vet_course");
    jdbc.update("delete from vet_procurement_order");
    jdbc.update("delete from vet_participant");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void aPnzCourseCertifiesWhoCompletedWithTheKuratorsApprovalAndTheApprovedHours() {
    ProcessInstance pi = scenario.request("coordinator", request(CourseKind.PNZ_INSTRUCTOR_COURSE, null, 2));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithProcurement());
    scenario.complete("coordinator", pi, "recordEnquiry", enquiry(TODAY, TODAY.plusDays(10)));

    // the enquiry of the called supplier selection is the course case's document
    Document enquiry = single(pi, DocumentKind.PROCUREMENT_ENQUIRY);
    assertThat(enquiry.caseNumber()).isEqualTo(pi.getBusinessKey());
    assertThat(enquiry.processInstanceId()).isEqualTo(pi.getId());
    String enquiryText = PdfText.of(documents.content(enquiry.id()));
    assertThat(enquiryText).contains("ZAPYTANIE OFERTOWE", "Kurs: kurs instruktora praktycznej nauki zawodu (PNZ)",
        "Kurs pedagogiczny dla instruktorów praktycznej nauki zawodu", "12.03.2026",
        "Ośrodek Szkoleniowy A, Centrum Szkoleń B, Akademia C", "Sprawa nr " + pi.getBusinessKey())
        .doesNotContain("Lp.");

    clock(TODAY.plusDays(11));
    scenario.fire(pi, "offerDeadlineReached");
    scenario.complete("coordinator", pi, "recordOffers", offers(11500.0));
    scenario.complete("coordinator", pi, "recordContract", contract(11500.0, TODAY.plusDays(11)));
    // the kurator approved a programme of 50 hours (the request planned 48)
    scenario.complete("coordinator", pi, "enterKuratorApproval", kuratorApproved(TODAY.plusDays(11), 50));
    scenario.complete("coordinator", pi, "enrolParticipants", enrolment(INSTRUCTOR_A.row(), INSTRUCTOR_B.row()));
    scenario.courseStarts(pi);
    scenario.courseEnds(pi);
    scenario.complete("coordinator", pi, "recordCourseResults", results(
        result(INSTRUCTOR_A, "100", null, "PNZ/2026/001", END),
        result(INSTRUCTOR_B, "60", null, null, null)));
    assertThat(documents.ofCase(pi.getId())).extracting(Document::kind).doesNotContain(DocumentKind.COURSE_CERTIFICATE);
    scenario.complete("coordinator", pi, "confirmCourseResults", confirm(CONFIRM, null));
    assertThat(pi).isEnded().hasPassed("recordCourseCompletion", "courseCompleted");

    Document certificate = single(pi, DocumentKind.COURSE_CERTIFICATE);
    assertThat(certificate.number()).matches("ZUK/2026/\\d{4}");
    assertThat(certificate.subject()).isEqualTo(INSTRUCTOR_A.pesel());
    assertThat(certificate.title()).isEqualTo("Zaświadczenie o ukończeniu kursu nr " + certificate.number()
        + " – Adam Mazur");
    byte[] pdf = PdfText.keep("course-certificate", documents.content(certificate.id()));
    assertThat(PdfText.title(pdf)).isEqualTo("Zaświadczenie o ukończeniu kursu nr " + certificate.number());
    assertThat(PdfText.of(pdf)).contains("ZAŚWIADCZENIE O UKOŃCZENIU KURSU", "nr PNZ/2026/001 z dnia 24.04.2026",
        "Adam Mazur, PESEL " + INSTRUCTOR_A.pesel(), "kurs instruktora praktycznej nauki zawodu (PNZ)",
        "Kurs pedagogiczny dla instruktorów praktycznej nauki zawodu", "od 13.04.2026 do 24.04.2026",
        "w wymiarze 50 godzin", "Opolskie Centrum Szkoleń sp. z o.o.", "nr OKO-IV.5563.12.2026 z dnia 13.03.2026",
        "Frekwencja uczestnika 100%", "Sprawa nr " + pi.getBusinessKey(), "Dokument nr " + certificate.number())
        .doesNotContain("Ewelina Krawczyk", "Egzamin");
    assertThat(PdfText.pdfA2WithEmbeddedFonts(pdf)).isTrue();
  }

  @Test
  void aQualificationCourseCertifiesEachParticipantWhoPassedTheExamUnderTheirOwnNumber() {
    ProcessInstance pi = scenario.request("school1", request(CourseKind.STUDENT_QUALIFICATION_COURSE, "1", 3));
    scenario.complete("coordinator", pi, "reviewCourseRequest", approveWithContract());
    scenario.complete("school1", pi, "enrolParticipants", enrolment(STUDENT_A.row(), STUDENT_C.row(), STUDENT_D.row()));
    scenario.courseStarts(pi);
    scenario.courseEnds(pi);
    java.time.LocalDate issued = END.plusDays(1);
    scenario.complete("school1", pi, "recordCourseResults", results(
        result(STUDENT_A, "95", "zdany", "MEC.08/2026/1", issued),
        result(STUDENT_C, "85,5", "zdany", "MEC.08/2026/2", issued),
        result(STUDENT_D, "70", "nieobecny", null, null)));
    scenario.complete("coordinator", pi, "confirmCourseResults", confirm(CONFIRM, null));

    List<Document> certificates = documents.ofCase(pi.getId()).stream()
        .filter(d -> d.kind() == DocumentKind.COURSE_CERTIFICATE).toList();
    assertThat(certificates).extracting(Document::subject).containsExactly(STUDENT_A.pesel(), STUDENT_C.pesel());
    assertThat(certificates).extracting(Document::number).doesNotHaveDuplicates();
    byte[] pdf = PdfText.keep("course-certificate-qualification", documents.content(certificates.get(1).id()));
    assertThat(PdfText.of(pdf)).contains("nr MEC.08/2026/2 z dnia 25.04.2026", "Piotr Zieliński, PESEL " + STUDENT_C.pesel(),
        "kurs kwalifikacyjny dla uczniów", "Kwalifikacja MEC.08 – obróbka skrawaniem CNC", "w wymiarze 60 godzin",
        "technik mechanik", "Technikum nr 1 w Opolu", "Centrum Kształcenia Zawodowego w Opolu",
        "Frekwencja uczestnika 85,5%", "Egzamin końcowy zdany")
        .doesNotContain("kuratora", "Jan Kowalski");
    assertThat(PdfText.pdfA2WithEmbeddedFonts(pdf)).isTrue();
  }

  Document single(ProcessInstance pi, DocumentKind kind) {
    List<Document> found = documents.ofCase(pi.getId()).stream().filter(d -> d.kind() == kind).toList();
    assertThat(found).as(kind.name()).hasSize(1);
    return found.get(0);
  }
}
