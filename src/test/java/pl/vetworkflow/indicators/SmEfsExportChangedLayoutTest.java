package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.indicators.SmEfsExportTest.data;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.support.SupportRegistry.Kind;
import pl.vetworkflow.support.SupportRegistry.Status;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * A changed template through the configuration alone: other columns in another order, other headers,
 * other words for some codes (the others keep theirs), another date format, a constant column and the
 * sources outside the default layout (end of the support, the "w tym" of the labour status, the missing
 * data). Both files follow it; the log names its columns.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {
    "vet.export.participants.date-format=dd.MM.yyyy",
    "vet.export.participants.columns[0].header=Numer projektu",
    "vet.export.participants.columns[0].source=CONSTANT",
    "vet.export.participants.columns[0].value=FEOP.05.01-IZ.00-0001/25",
    "vet.export.participants.columns[1].header=NAZWISKO",
    "vet.export.participants.columns[1].source=last-name",
    "vet.export.participants.columns[2].header=Imie",
    "vet.export.participants.columns[2].source=FIRST_NAME",
    "vet.export.participants.columns[3].header=Płeć",
    "vet.export.participants.columns[3].source=SEX",
    "vet.export.participants.columns[3].dictionary.K=kobieta",
    "vet.export.participants.columns[3].dictionary.M=mężczyzna",
    "vet.export.participants.columns[4].header=PESEL",
    "vet.export.participants.columns[4].source=PESEL",
    "vet.export.participants.columns[5].header=Wykształcenie",
    "vet.export.participants.columns[5].source=EDUCATION",
    "vet.export.participants.columns[5].dictionary[ISCED5-8]=Wyższe (ISCED 5–8)",
    "vet.export.participants.columns[6].header=Forma wsparcia",
    "vet.export.participants.columns[6].source=SUPPORT_KIND",
    "vet.export.participants.columns[6].dictionary.JOB_FAIR=targi pracy",
    "vet.export.participants.columns[7].header=Od",
    "vet.export.participants.columns[7].source=SUPPORT_START_DATE",
    "vet.export.participants.columns[8].header=Do",
    "vet.export.participants.columns[8].source=SUPPORT_END_DATE",
    "vet.export.participants.columns[9].header=Status",
    "vet.export.participants.columns[9].source=LABOUR_STATUS",
    "vet.export.participants.columns[10].header=w tym",
    "vet.export.participants.columns[10].source=LABOUR_STATUS_DETAIL",
    "vet.export.participants.columns[11].header=Braki",
    "vet.export.participants.columns[11].source=MISSING_DATA",
    "vet.export.participants.columns[12].header=Wiek",
    "vet.export.participants.columns[12].source=AGE",
    "vet.export.participants.columns[13].header=DEGURBA",
    "vet.export.participants.columns[13].source=DEGURBA",
    "vet.export.participants.columns[13].dictionary.1=1",
    "vet.export.participants.columns[13].dictionary.3=3"})
class SmEfsExportChangedLayoutTest {
  static final List<String> HEADER = List.of("Numer projektu", "NAZWISKO", "Imie", "Płeć", "PESEL", "Wykształcenie",
      "Forma wsparcia", "Od", "Do", "Status", "w tym", "Braki", "Wiek", "DEGURBA");
  static final String OLA = TestPesels.random(LocalDate.of(1990, 1, 15), true);
  static final String JAN = TestPesels.random(LocalDate.of(2009, 6, 1), false);

  @LocalServerPort int port;
  @Autowired ParticipantRegistry participants;
  @Autowired SupportRegistry supports;
  @Autowired JdbcTemplate jdbc;

  @Test
  void bothFilesFollowTheConfiguredLayout() throws Exception {
    // Ola: a teacher who finished her course, part of her monitoring data not collected
    Participant ola = participants.register(OLA, "Ola", "Kruk", ParticipantType.TEACHER, "1", LocalDate.of(2026, 2, 2));
    supports.start(ola.id(), Kind.TEACHER_COURSE, "KUR/2026/9", "test-1", LocalDate.of(2026, 2, 2), 24);
    supports.finish(ola.id(), Kind.TEACHER_COURSE, "KUR/2026/9", Status.COMPLETED, LocalDate.of(2026, 2, 20));
    participants.recordMonitoringData(ola.id(), data("PL", null, null, null, null, null, null, "1", null, null,
        "ISCED5-8", "EMPLOYED", null, null, null, null, null, null));
    // Jan, 16: a job fair, then a study visit still running
    Participant jan = participants.register(JAN, "Jan", "Wilk", ParticipantType.STUDENT, "2", LocalDate.of(2026, 5, 12));
    supports.start(jan.id(), Kind.JOB_FAIR, "TAR/2026/2", "test-2", LocalDate.of(2026, 5, 12), 6);
    supports.finish(jan.id(), Kind.JOB_FAIR, "TAR/2026/2", Status.COMPLETED, LocalDate.of(2026, 5, 12));
    supports.start(jan.id(), Kind.STUDY_VISIT, "WIZ/2026/1", "test-3", LocalDate.of(2026, 6, 3), 5);
    participants.recordMonitoringData(jan.id(), data("PL", "Polska", "opolskie", "nyski", "Nysa", "Nysa", "48-300", "3",
        null, null, "ISCED2", "INACTIVE_STUDYING", "NIE", "NIE", "NIE", "NIE", "NIE", null));

    String project = "FEOP.05.01-IZ.00-0001/25";
    List<List<String>> expected = List.of(
        List.of(project, "Kruk", "Ola", "kobieta", OLA, "Wyższe (ISCED 5–8)", "Kurs dla nauczycieli", "02.02.2026",
            "20.02.2026", "Osoba pracująca", "", "Kraj, Województwo, Powiat, Gmina, Miejscowość, Kod pocztowy,"
                + " Osoba obcego pochodzenia, Obywatel państwa trzeciego, Osoba należąca do mniejszości narodowej lub"
                + " etnicznej, Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań, Osoba z"
                + " niepełnosprawnościami, Sytuacja osoby w momencie zakończenia udziału w projekcie", "36", "1"),
        List.of(project, "Wilk", "Jan", "mężczyzna", JAN, "Gimnazjalne (ISCED 2)", "targi pracy", "12.05.2026",
            "12.05.2026", "Osoba bierna zawodowo", "Osoba ucząca się", "", "16", "3"),
        List.of(project, "Wilk", "Jan", "mężczyzna", JAN, "Gimnazjalne (ISCED 2)", "Wizyta studyjna u pracodawcy",
            "03.06.2026", "", "Osoba bierna zawodowo", "Osoba ucząca się", "", "16", "3"));

    Http coordinator = Http.basic(port, "coordinator", "coordinator");
    List<List<String>> csv = ExportFiles.csv(coordinator.getBytes("/api/exports/participants.csv").body());
    assertThat(csv.get(0)).containsExactlyElementsOf(HEADER);
    assertThat(csv.subList(1, csv.size())).containsExactlyElementsOf(expected);
    List<List<String>> xlsx = ExportFiles.xlsx(coordinator.getBytes("/api/exports/participants.xlsx").body(),
        HEADER.indexOf("Wiek"));
    assertThat(xlsx.get(0)).containsExactlyElementsOf(HEADER);
    assertThat(xlsx.subList(1, xlsx.size())).containsExactlyElementsOf(expected);

    assertThat(jdbc.queryForMap("select row_count, export_format, exported_columns from vet_export_log"
        + " order by id desc limit 1")).containsEntry("row_count", 3).containsEntry("export_format", "xlsx")
        .containsEntry("exported_columns", String.join(" | ", HEADER));
  }
}
