package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.TestPesels;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;

/** Who may read the indicators and the export; the CSV parses back with each person without support once. */
@PostgresIntegrationTest
class IndicatorsAccessAndExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ParticipantRegistry participants;
  @Autowired JdbcTemplate jdbc;

  @Test
  void onlyCoordinatorsAndAdminsReadTheIndicators() throws Exception {
    assertThat(Http.anonymous(port).get("/api/indicators").statusCode()).isEqualTo(401);
    for (String user : List.of("school1", "teacher1", "employer1", "accountant")) {
      assertThat(Http.basic(port, user, user).get("/api/indicators").statusCode()).as(user).isEqualTo(403);
    }
    var response = Http.basic(port, "coordinator", "coordinator").get("/api/indicators");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("activities")).extracting(a -> a.get("key").asText()).containsExactly(
        "student-internships", "student-courses", "teacher-internships", "teacher-courses", "instructor-courses",
        "specialist-classes", "key-competence-classes", "science-camps", "study-visits", "job-fairs",
        "career-counselling");
    assertThat(body.get("activities").get(0).get("target").asInt()).isEqualTo(900);
    // the group activities' targets are unset by default ("cel nieustalony")
    for (int i = 5; i < body.get("activities").size(); i++) {
      JsonNode unset = body.get("activities").get(i);
      assertThat(unset.get("targetSet").asBoolean()).as(unset.get("key").asText()).isFalse();
      assertThat(unset.get("target").isNull()).as(unset.get("key").asText()).isTrue();
    }
    assertThat(body.get("people").get(0).get("target").asInt()).isEqualTo(1200);
    assertThat(Http.basic(port, "admin", "admin").get("/api/indicators").statusCode()).isEqualTo(200);
    // the webapp session of a logged-in coordinator works too (the Cockpit plugin's way)
    assertThat(Http.webappSession(port, "cockpit", "coordinator", "coordinator").get("/api/indicators").statusCode())
        .isEqualTo(200);
  }

  @Test
  void unlistedApiPathsAreClosed() {
    assertThat(Http.basic(port, "coordinator", "coordinator").get("/api/anything-else").statusCode()).isEqualTo(403);
  }

  @Test
  void exportIsForCoordinatorsOnlyLoggedAndHoldsEachPersonWithoutSupportOnce() throws Exception {
    // registered persons with no form of support recorded: one row each, the support's cells empty
    String anna = TestPesels.random(LocalDate.of(2002, 7, 8), true);
    String ewa = TestPesels.random(LocalDate.of(1985, 12, 16), true);
    participants.register(anna, "Anna", "Kowalska", ParticipantType.STUDENT, "1", LocalDate.of(2026, 3, 2));
    participants.register(anna, "Anna", "Kowalska", ParticipantType.STUDENT, "1", LocalDate.of(2026, 5, 4));
    participants.register(ewa, "Ewa", "Nowak", ParticipantType.TEACHER, "2", LocalDate.of(2026, 2, 1));
    long persons = participants.count();

    assertThat(Http.basic(port, "school1", "school1").get("/api/exports/participants.csv").statusCode()).isEqualTo(403);
    assertThat(Http.basic(port, "admin", "admin").get("/api/exports/participants.csv").statusCode()).isEqualTo(403);
    Integer logged = jdbc.queryForObject("select count(*) from vet_export_log", Integer.class);

    var response = Http.basic(port, "coordinator", "coordinator").getBytes("/api/exports/participants.csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("text/csv").containsIgnoringCase("utf-8"));
    List<List<String>> rows = ExportFiles.csv(response.body());
    List<String> header = rows.get(0);
    assertThat(header).containsExactlyElementsOf(
        ParticipantExportSettings.DEFAULT_COLUMNS.stream().map(ParticipantExportSettings.Column::header).toList());
    rows = rows.subList(1, rows.size());
    assertThat(rows).hasSize((int) persons);
    int pesel = header.indexOf("PESEL");
    Set<String> pesels = new HashSet<>();
    rows.forEach(r -> assertThat(pesels.add(r.get(pesel))).as("once: " + r.get(pesel)).isTrue());
    List<String> annaRow = rows.stream().filter(r -> r.get(pesel).equals(anna)).findFirst().orElseThrow();
    assertThat(annaRow.get(header.indexOf("Imię"))).isEqualTo("Anna");
    assertThat(annaRow.get(header.indexOf("Płeć"))).isEqualTo("Kobieta");
    assertThat(annaRow.get(header.indexOf("Data rozpoczęcia udziału w projekcie"))).isEqualTo("2026-03-02");
    assertThat(annaRow.get(header.indexOf("Wiek w chwili przystąpienia do projektu"))).isEqualTo("23");
    assertThat(annaRow.get(header.indexOf("Rodzaj uczestnika"))).isEqualTo("Indywidualny");
    assertThat(annaRow.get(header.indexOf("Nazwa instytucji"))).isEmpty();
    assertThat(annaRow.get(header.indexOf("Wykształcenie"))).isEmpty(); // not collected yet
    assertThat(annaRow.get(header.indexOf("Rodzaj przyznanego wsparcia"))).isEmpty();
    List<String> ewaRow = rows.stream().filter(r -> r.get(pesel).equals(ewa)).findFirst().orElseThrow();
    assertThat(ewaRow.get(header.indexOf("Rodzaj uczestnika"))).isEqualTo("Pracownik lub przedstawiciel instytucji");
    assertThat(ewaRow.get(header.indexOf("Nazwa instytucji"))).isEqualTo("Technikum nr 3 w Nysie");

    assertThat(jdbc.queryForObject("select count(*) from vet_export_log", Integer.class)).isEqualTo(logged + 1);
    assertThat(jdbc.queryForMap("select exported_by, row_count, export_format from vet_export_log order by id desc"
        + " limit 1")).containsEntry("exported_by", "coordinator").containsEntry("row_count", (int) persons)
        .containsEntry("export_format", "csv");
  }
}
