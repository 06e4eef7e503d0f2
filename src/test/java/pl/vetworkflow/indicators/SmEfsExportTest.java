package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.STUDENT_FIRST_NAME;
import static pl.vetworkflow.internship.StudentInternshipVariables.STUDENT_LAST_NAME;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.document.Attachments;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.support.SupportRegistry.Kind;
import pl.vetworkflow.support.SupportRegistry.Status;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;
import pl.vetworkflow.testsupport.StudentInternshipDriver;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * The participants export in the default SM EFS layout after a scripted mix, read back from both
 * files cell by cell: a pupil with a real internship and a course (two rows), a minor with one
 * completed and one running group activity, a pupil who refused three questions and dropped out of
 * counselling, a teacher of another school (a citizen of another EU country) on a running course, a
 * pupil of a job fair with no monitoring data at all, and an instructor registered with no form of
 * support yet. The expected rows are written out here, word by word.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SmEfsExportTest {
  static final List<String> HEADER = List.of("Obywatelstwo", "Rodzaj uczestnika", "Nazwa instytucji", "Imię",
      "Nazwisko", "PESEL", "Brak PESEL", "Płeć", "Wiek w chwili przystąpienia do projektu", "Wykształcenie", "Kraj",
      "Województwo", "Powiat", "Gmina", "Miejscowość", "Kod pocztowy", "Obszar według stopnia urbanizacji (DEGURBA)",
      "Telefon kontaktowy", "Adres e-mail", "Data rozpoczęcia udziału w projekcie",
      "Data zakończenia udziału w projekcie", "Status osoby na rynku pracy w chwili przystąpienia do projektu",
      "Sytuacja osoby w momencie zakończenia udziału w projekcie",
      "Zakończenie udziału osoby w projekcie zgodnie z zaplanowaną dla niej ścieżką uczestnictwa",
      "Rodzaj przyznanego wsparcia", "Data rozpoczęcia udziału we wsparciu", "Osoba obcego pochodzenia",
      "Obywatel państwa trzeciego", "Osoba należąca do mniejszości narodowej lub etnicznej",
      "Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań", "Osoba z niepełnosprawnościami");
  static final int AGE_COLUMN = HEADER.indexOf("Wiek w chwili przystąpienia do projektu");

  static final String ANNA = TestPesels.random(LocalDate.of(2007, 1, 10), true);
  static final String KACPER = TestPesels.random(LocalDate.of(2010, 5, 5), false);
  static final String ZOFIA = TestPesels.random(LocalDate.of(2008, 3, 3), true);
  static final String EWA = TestPesels.random(LocalDate.of(1985, 12, 16), true);
  static final String PIOTR = TestPesels.random(LocalDate.of(2007, 9, 9), false);
  static final String MAREK = TestPesels.random(LocalDate.of(1979, 2, 14), false);

  @LocalServerPort int port;
  @Autowired ParticipantRegistry participants;
  @Autowired SupportRegistry supports;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired Attachments attachments;

  @BeforeAll
  void scriptedMix() {
    // Anna: a student internship through the process (1 April - 29 May, completed) and a course
    StudentInternshipDriver internships = new StudentInternshipDriver(runtime, tasks, identity, management);
    internships.attachingScans(attachments, history, repository);
    try {
      StudentInternshipDriver.clock(StudentInternshipDriver.SUBMITTED);
      Map<String, Object> application = StudentInternshipDriver.application(ANNA, 150L);
      application.put(STUDENT_FIRST_NAME, "Anna");
      application.put(STUDENT_LAST_NAME, "Zielińska");
      ProcessInstance internship = internships.submit(application);
      internships.placeAndSign(internship, "STUDENT");
      internships.reachPlannedEnd(internship);
      internships.attendanceToStipend(internship, "ZAS/2026/7");
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(internship.getId()).count()).isZero();
    } finally {
      ClockUtil.reset();
    }
    Participant anna = participants.findByPesel(ANNA).orElseThrow();
    course(anna, Kind.STUDENT_QUALIFICATION_COURSE, "KUR/2026/3", LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 26),
        Status.COMPLETED);
    participants.recordMonitoringData(anna.id(), data("PL", "Polska", "opolskie", "Opole", "Opole", "Opole", "45-062",
        "1", "600 100 200", "anna.zielinska@example.pl", "ISCED2", "INACTIVE_STUDYING", "NIE", "NIE", "NIE", "NIE",
        "NIE", "CONTINUES_EDUCATION"));

    // Kacper, 15: key-competence classes completed, specialist classes still running
    Participant kacper = participants.register(KACPER, "Kacper", "Nowak", ParticipantType.STUDENT, "2",
        LocalDate.of(2026, 3, 2));
    course(kacper, Kind.KEY_COMPETENCE_CLASSES, "ZAJ/2026/1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 27),
        Status.COMPLETED);
    course(kacper, Kind.SPECIALIST_CLASSES, "ZAJ/2026/2", LocalDate.of(2026, 4, 13), null, Status.IN_PROGRESS);
    participants.recordMonitoringData(kacper.id(), data("PL", "Polska", "opolskie", "nyski", "Głuchołazy", "Konradów",
        "48-340", "3", null, null, "ISCED1", "INACTIVE_STUDYING", "NIE", "NIE", "NIE", "NIE", "NIE", null));

    // Zofia: refused to say about her origin, a minority and disability; left counselling
    Participant zofia = participants.register(ZOFIA, "Zofia", "Wrona", ParticipantType.STUDENT, "1",
        LocalDate.of(2026, 3, 16));
    course(zofia, Kind.CAREER_COUNSELLING, "DOR/2026/4", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 20),
        Status.DROPPED_OUT);
    participants.recordMonitoringData(zofia.id(), data("PL", "Polska", "opolskie", "opolski", "Dobrzeń Wielki",
        "Dobrzeń Wielki", "46-081", "3", "600 300 400", null, "ISCED2", "INACTIVE_STUDYING", "ODMOWA", "NIE", "ODMOWA",
        "NIE", "ODMOWA", "INACTIVE"));

    // Ewa: a teacher of school 2, a citizen of another EU country, on a course still running
    Participant ewa = participants.register(EWA, "Ewa", "Mazur", ParticipantType.TEACHER, "2",
        LocalDate.of(2026, 2, 2));
    course(ewa, Kind.TEACHER_COURSE, "KUR/2026/1", LocalDate.of(2026, 2, 2), null, Status.IN_PROGRESS);
    participants.recordMonitoringData(ewa.id(), data("EU", "Polska", "opolskie", "nyski", "Nysa", "Nysa", "48-300", "2",
        "+48 77 400 10 20", "ewa.mazur@szkola.example.pl", "ISCED5-8", "EMPLOYED", "TAK", "NIE", "NIE", "NIE", "NIE",
        null));

    // Piotr: a one-day job fair, no monitoring data collected
    Participant piotr = participants.register(PIOTR, "Piotr", "Lis", ParticipantType.STUDENT, "1",
        LocalDate.of(2026, 5, 12));
    course(piotr, Kind.JOB_FAIR, "TAR/2026/1", LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 12), Status.COMPLETED);

    // Marek: a PNZ instructor registered, no form of support recorded yet
    participants.register(MAREK, "Marek", "Bąk", ParticipantType.INSTRUCTOR, "1", LocalDate.of(2026, 9, 1));
  }

  /** By surname; a person's forms of support by start date. */
  static List<List<String>> expectedRows() {
    String t1 = "Technikum nr 1 w Opolu";
    String t3 = "Technikum nr 3 w Nysie";
    String staff = "Pracownik lub przedstawiciel instytucji";
    return List.of(
        List.of("", staff, t1, "Marek", "Bąk", MAREK, "Nie", "Mężczyzna", "47", "", "", "", "", "", "", "", "", "", "",
            "2026-09-01", "", "", "", "", "", "", "", "", "", "", ""),
        List.of("", "Indywidualny", "", "Piotr", "Lis", PIOTR, "Nie", "Mężczyzna", "18", "", "", "", "", "", "", "", "",
            "", "", "2026-05-12", "2026-05-12", "", "", "Tak", "Targi pracy lub targi edukacyjne", "2026-05-12", "", "",
            "", "", ""),
        List.of("Brak polskiego obywatelstwa – obywatel kraju UE", staff, t3, "Ewa", "Mazur", EWA, "Nie", "Kobieta",
            "40", "Wyższe (ISCED 5-8)", "Polska", "opolskie", "nyski", "Nysa", "Nysa", "48-300",
            "2 – Małe miasta i przedmieścia (obszary o średniej gęstości zaludnienia)", "+48 77 400 10 20",
            "ewa.mazur@szkola.example.pl", "2026-02-02", "", "Osoba pracująca", "", "", "Kurs dla nauczycieli",
            "2026-02-02", "Tak", "Nie", "Nie", "Nie", "Nie"),
        kacper("Zajęcia z kompetencji kluczowych", "2026-03-02"),
        kacper("Zajęcia specjalistyczne", "2026-04-13"),
        List.of("Obywatelstwo polskie", "Indywidualny", "", "Zofia", "Wrona", ZOFIA, "Nie", "Kobieta", "18",
            "Gimnazjalne (ISCED 2)", "Polska", "opolskie", "opolski", "Dobrzeń Wielki", "Dobrzeń Wielki", "46-081",
            "3 – Obszary wiejskie (obszary słabo zaludnione)", "600 300 400", "", "2026-03-16", "2026-04-20",
            "Osoba bierna zawodowo", "Osoba bierna zawodowo", "Nie", "Doradztwo edukacyjno-zawodowe", "2026-03-16",
            "Odmowa podania informacji", "Nie", "Odmowa podania informacji", "Nie", "Odmowa podania informacji"),
        anna("Staż uczniowski u pracodawcy", "2026-04-01"),
        anna("Kurs kwalifikacyjny dla uczniów", "2026-06-08"));
  }

  private static List<String> kacper(String support, String start) {
    return List.of("Obywatelstwo polskie", "Indywidualny", "", "Kacper", "Nowak", KACPER, "Nie", "Mężczyzna", "15",
        "Podstawowe (ISCED 1)", "Polska", "opolskie", "nyski", "Głuchołazy", "Konradów", "48-340",
        "3 – Obszary wiejskie (obszary słabo zaludnione)", "", "", "2026-03-02", "", "Osoba bierna zawodowo", "", "",
        support, start, "Nie", "Nie", "Nie", "Nie", "Nie");
  }

  private static List<String> anna(String support, String start) {
    return List.of("Obywatelstwo polskie", "Indywidualny", "", "Anna", "Zielińska", ANNA, "Nie", "Kobieta", "19",
        "Gimnazjalne (ISCED 2)", "Polska", "opolskie", "Opole", "Opole", "Opole", "45-062",
        "1 – Miasta (obszary gęsto zaludnione)", "600 100 200", "anna.zielinska@example.pl", "2026-04-01",
        "2026-06-26", "Osoba bierna zawodowo", "Kontynuuje kształcenie", "Tak", support, start, "Nie", "Nie", "Nie",
        "Nie", "Nie");
  }

  @Test
  void theCsvHoldsEveryPersonAndFormOfSupportInTheSmEfsLayout(CapturedOutput output) throws Exception {
    var response = Http.basic(port, "coordinator", "coordinator").getBytes("/api/exports/participants.csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("text/csv").containsIgnoringCase("utf-8"));
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        v -> assertThat(v).startsWith("attachment").contains(".csv"));
    List<List<String>> rows = ExportFiles.csv(response.body());
    assertThat(rows.get(0)).containsExactlyElementsOf(HEADER);
    assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expectedRows());
    assertNoPeselLogged(output);
  }

  @Test
  void theXlsxHoldsTheSameCellsAsTexts(CapturedOutput output) throws Exception {
    var response = Http.basic(port, "coordinator", "coordinator").getBytes("/api/exports/participants.xlsx");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(ParticipantExport.XLSX.toString());
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        v -> assertThat(v).startsWith("attachment").contains(".xlsx"));
    // kept for a look at the sheet (target/sm-efs-export.xlsx)
    Files.write(Path.of("target", "sm-efs-export.xlsx"), response.body());
    // the age is a number; PESEL, postal codes and dates are texts, as the configured format writes them
    List<List<String>> rows = ExportFiles.xlsx(response.body(), AGE_COLUMN);
    assertThat(rows.get(0)).containsExactlyElementsOf(HEADER);
    assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expectedRows());
    assertNoPeselLogged(output);
  }

  @Test
  void onlyCoordinatorsExport() {
    for (String path : List.of("/api/exports/participants.csv", "/api/exports/participants.xlsx")) {
      assertThat(Http.anonymous(port).getBytes(path).statusCode()).as(path).isEqualTo(401);
      for (String user : List.of("school1", "teacher1", "employer1", "accountant", "admin")) {
        assertThat(Http.basic(port, user, user).getBytes(path).statusCode()).as(user + " " + path).isEqualTo(403);
      }
      // a coordinator logged in to Cockpit downloads with the webapp session (a plain link or fetch)
      assertThat(Http.webappSession(port, "cockpit", "coordinator", "coordinator").getBytes(path).statusCode())
          .as(path).isEqualTo(200);
      assertThat(Http.webappSession(port, "tasklist", "school1", "school1").getBytes(path).statusCode())
          .as(path).isEqualTo(403);
    }
  }

  @Test
  void everyExportIsLoggedWithWhoWhenRowsFormatAndColumns() {
    int before = jdbc.queryForObject("select count(*) from vet_export_log", Integer.class);
    assertThat(Http.basic(port, "coordinator", "coordinator").getBytes("/api/exports/participants.xlsx").statusCode())
        .isEqualTo(200);
    assertThat(Http.basic(port, "coordinator", "coordinator").getBytes("/api/exports/participants.csv").statusCode())
        .isEqualTo(200);
    // refused exports are not logged
    assertThat(Http.basic(port, "school1", "school1").getBytes("/api/exports/participants.csv").statusCode())
        .isEqualTo(403);
    List<Map<String, Object>> logged = jdbc.queryForList("select export_name, exported_by, exported_at, row_count,"
        + " export_format, exported_columns from vet_export_log order by id desc limit 2");
    assertThat(jdbc.queryForObject("select count(*) from vet_export_log", Integer.class)).isEqualTo(before + 2);
    List<String> formats = new ArrayList<>();
    for (Map<String, Object> row : logged) {
      assertThat(row).containsEntry("export_name", "participants").containsEntry("exported_by", "coordinator")
          .containsEntry("row_count", 8).containsEntry("exported_columns", String.join(" | ", HEADER));
      assertThat(row.get("exported_at")).isNotNull();
      formats.add((String) row.get("export_format"));
    }
    assertThat(formats).containsExactly("csv", "xlsx");
  }

  private static void assertNoPeselLogged(CapturedOutput output) {
    for (String pesel : List.of(ANNA, KACPER, ZOFIA, EWA, PIOTR, MAREK)) {
      assertThat(output.getAll()).doesNotContain(pesel);
    }
  }

  private void course(Participant person, Kind kind, String businessKey, LocalDate start, LocalDate end,
      Status status) {
    supports.start(person.id(), kind, businessKey, "test-" + businessKey, start, 30);
    if (status != Status.IN_PROGRESS) {
      supports.finish(person.id(), kind, businessKey, status, end);
    }
  }

  /** The monitoring data in catalogue order; null = not given. */
  static Map<MonitoringField, String> data(String... values) {
    Map<MonitoringField, String> data = new EnumMap<>(MonitoringField.class);
    MonitoringField[] fields = MonitoringField.values();
    assertThat(values).hasSize(fields.length);
    for (int i = 0; i < fields.length; i++) {
      if (values[i] != null) {
        data.put(fields[i], values[i]);
      }
    }
    return data;
  }
}
