package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.participant.MonitoringField.CITIZENSHIP;
import static pl.vetworkflow.participant.MonitoringField.DISABILITY;
import static pl.vetworkflow.participant.MonitoringField.EDUCATION;
import static pl.vetworkflow.participant.MonitoringField.EXIT_SITUATION;
import static pl.vetworkflow.participant.MonitoringField.POSTAL_CODE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.indicators.CompletenessReport.PersonRow;
import pl.vetworkflow.indicators.CompletenessReport.SchoolRow;
import pl.vetworkflow.indicators.TrendsReport.ActivityTrend;
import pl.vetworkflow.indicators.TrendsReport.MonthPoint;
import pl.vetworkflow.notification.DataGaps;
import pl.vetworkflow.participant.MonitoringField;
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
 * The completeness figures and the trends, exact, for a scripted set of people and forms of support
 * (a fresh database: nobody else is in the registry); who may read them.
 */
@PostgresIntegrationTest
class CompletenessAndTrendsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SYTUACJA = EXIT_SITUATION.label();

  @LocalServerPort int port;
  @Autowired ParticipantRegistry participants;
  @Autowired SupportRegistry supports;
  @Autowired DataCompleteness completeness;
  @Autowired ProgrammeTrends trends;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Every required entry field, valid. */
  static Map<MonitoringField, String> entryData() {
    Map<MonitoringField, String> v = new EnumMap<>(MonitoringField.class);
    v.put(CITIZENSHIP, "PL");
    v.put(MonitoringField.COUNTRY, "Polska");
    v.put(MonitoringField.VOIVODESHIP, "opolskie");
    v.put(MonitoringField.COUNTY, "nyski");
    v.put(MonitoringField.COMMUNE, "Nysa");
    v.put(MonitoringField.TOWN, "Nysa");
    v.put(POSTAL_CODE, "48-300");
    v.put(MonitoringField.DEGURBA, "2");
    v.put(EDUCATION, "ISCED2");
    v.put(MonitoringField.LABOUR_STATUS, "INACTIVE_STUDYING");
    v.put(MonitoringField.FOREIGN_ORIGIN, "NIE");
    v.put(MonitoringField.THIRD_COUNTRY_CITIZEN, "NIE");
    v.put(MonitoringField.MINORITY, "NIE");
    v.put(MonitoringField.HOMELESS, "NIE");
    v.put(DISABILITY, "NIE");
    return v;
  }

  private Participant person(String first, String last, String school, Map<MonitoringField, String> data) {
    Participant p = participants.register(TestPesels.random(LocalDate.of(2008, 3, 14), true), first, last,
        ParticipantType.STUDENT, school, LocalDate.of(2025, 10, 1));
    if (!data.isEmpty()) {
      participants.recordMonitoringData(p.id(), data);
    }
    return p;
  }

  private void support(Participant p, Kind kind, LocalDate start, Status status, LocalDate end) {
    String key = "TR/" + UUID.randomUUID().toString().substring(0, 12);
    supports.start(p.id(), kind, key, "test-" + key, start);
    if (status != Status.IN_PROGRESS) {
      supports.finish(kind, key, status, end, 10);
    }
  }

  @Test
  void completenessFiguresAreExactPerSchoolFieldAndPerson() throws Exception {
    Map<MonitoringField, String> full = entryData();
    Map<MonitoringField, String> noEducationNoDisability = entryData();
    noEducationNoDisability.remove(EDUCATION);
    noEducationNoDisability.remove(DISABILITY);
    Map<MonitoringField, String> noPostalCode = entryData();
    noPostalCode.remove(POSTAL_CODE);
    Map<MonitoringField, String> fullWithExit = entryData();
    fullWithExit.put(EXIT_SITUATION, "CONTINUES_EDUCATION");
    LocalDate start = LocalDate.of(2025, 10, 1);
    LocalDate end = LocalDate.of(2025, 12, 19);

    // school 3 (Branżowa Szkoła I Stopnia nr 3 w Nysie): six people, three cannot be reported
    person("Zofia", "Zawadzka", "3", full); // complete, nothing ended yet
    person("Barbara", "Adamska", "3", noEducationNoDisability);
    Participant ended = person("Celina", "Borek", "3", full); // participation ended, no exit data
    support(ended, Kind.CAREER_COUNSELLING, start, Status.COMPLETED, end);
    Participant stillIn = person("Dorota", "Dudek", "3", full); // one ended, one in progress: not ended
    support(stillIn, Kind.CAREER_COUNSELLING, start, Status.COMPLETED, end);
    support(stillIn, Kind.SCIENCE_CAMP, start, Status.IN_PROGRESS, null);
    Participant left = person("Emilia", "Ernst", "3", fullWithExit); // ended with exit data: complete
    support(left, Kind.CAREER_COUNSELLING, start, Status.COMPLETED, end);
    person("Felicja", "Cichy", "3", Map.of()); // nothing given
    // school 4: one person, dropped out (ended too) without exit data and postal code
    Participant dropped = person("Grażyna", "Gil", "4", noPostalCode);
    support(dropped, Kind.CAREER_COUNSELLING, start, Status.DROPPED_OUT, end);

    CompletenessReport report = completeness.report();
    List<String> required = DataCompleteness.requiredFields().stream().map(MonitoringField::label).toList();
    assertThat(required).hasSize(16).endsWith(SYTUACJA);
    assertThat(report.fields()).extracting(CompletenessReport.FieldColumn::label).containsExactlyElementsOf(required);

    Map<String, Long> school3 = zeros(required);
    school3.put(CITIZENSHIP.label(), 1L);
    for (MonitoringField f : MonitoringField.of(MonitoringField.Stage.ENTRY)) {
      if (f.required()) {
        school3.put(f.label(), 1L); // Felicja Cichy lacks every one
      }
    }
    school3.put(EDUCATION.label(), 2L);
    school3.put(DISABILITY.label(), 2L);
    school3.put(SYTUACJA, 1L);
    Map<String, Long> school4 = zeros(required);
    school4.put(POSTAL_CODE.label(), 1L);
    school4.put(SYTUACJA, 1L);
    Map<String, Long> total = new LinkedHashMap<>(school3);
    total.merge(POSTAL_CODE.label(), 1L, Long::sum);
    total.merge(SYTUACJA, 1L, Long::sum);

    assertThat(report.schools()).containsExactly(
        new SchoolRow("3", "Branżowa Szkoła I Stopnia nr 3 w Nysie", 6, 3, school3),
        new SchoolRow("4", "Technikum Gastronomiczno-Hotelarskie w Kędzierzynie-Koźlu", 1, 1, school4));
    assertThat(report.total()).isEqualTo(new SchoolRow(null, "Ogółem", 7, 4, total));

    List<String> allEntry = MonitoringField.of(MonitoringField.Stage.ENTRY).stream().filter(MonitoringField::required)
        .map(MonitoringField::label).toList();
    assertThat(report.people()).extracting(p -> p.lastName() + " " + p.firstName() + " / " + p.schoolId() + " / "
        + p.missing()).containsExactly(
        "Adamska Barbara / 3 / " + List.of(EDUCATION.label(), DISABILITY.label()),
        "Borek Celina / 3 / " + List.of(SYTUACJA),
        "Cichy Felicja / 3 / " + allEntry,
        "Gil Grażyna / 4 / " + List.of(POSTAL_CODE.label(), SYTUACJA));

    // the digest reads the same rule
    assertThat(completeness.schoolsWithGaps()).extracting(DataGaps.SchoolGaps::schoolId, s -> s.people().size())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("3", 3), org.assertj.core.groups.Tuple.tuple("4", 1));

    // the API: the same figures with Polish labels, no PESEL anywhere
    var response = Http.basic(port, "coordinator", "coordinator").get("/api/indicators/completeness");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    JsonNode first = body.get("schools").get(0);
    assertThat(first.get("schoolName").asText()).isEqualTo("Branżowa Szkoła I Stopnia nr 3 w Nysie");
    assertThat(first.get("notReportable").asLong()).isEqualTo(3);
    assertThat(first.get("missingByField").get("Wykształcenie").asLong()).isEqualTo(2);
    assertThat(first.get("missingByField").get(SYTUACJA).asLong()).isEqualTo(1);
    assertThat(body.get("people")).hasSize(4);
    assertThat(body.get("people").get(0).get("missing").get(0).asText()).isEqualTo("Wykształcenie");
    for (Participant p : participants.all()) {
      assertThat(response.body()).doesNotContain(p.pesel());
    }
  }

  @Test
  void trendsCumulateCompletionsPerMonthAgainstTheLinearPlan() throws Exception {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 15, 12, 0, 0, 0, ZoneId.of("Europe/Warsaw")).toInstant()));
    Participant teacher = participants.register(TestPesels.random(LocalDate.of(1980, 5, 5), false), "Jan", "Trend",
        ParticipantType.TEACHER, "2", LocalDate.of(2025, 8, 1));
    LocalDate start = LocalDate.of(2025, 8, 1);
    support(teacher, Kind.TEACHER_COURSE, start, Status.COMPLETED, LocalDate.of(2025, 8, 20)); // before the start
    support(teacher, Kind.TEACHER_COURSE, start, Status.COMPLETED, LocalDate.of(2025, 10, 5));
    support(teacher, Kind.TEACHER_COURSE, start, Status.COMPLETED, LocalDate.of(2025, 10, 31));
    support(teacher, Kind.TEACHER_COURSE, start, Status.DROPPED_OUT, LocalDate.of(2025, 11, 3)); // not completed
    support(teacher, Kind.TEACHER_COURSE, start, Status.IN_PROGRESS, null);
    support(teacher, Kind.TEACHER_COURSE, start, Status.COMPLETED, LocalDate.of(2026, 2, 1));
    support(teacher, Kind.TEACHER_COURSE, start, Status.COMPLETED, LocalDate.of(2026, 5, 4)); // after "now"
    support(teacher, Kind.STUDY_VISIT, start, Status.COMPLETED, LocalDate.of(2025, 12, 10));
    // three cases waiting in one step of a (test) process
    String processKey = "trendsTest" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    repositoryService.createDeployment().addModelInstance(processKey + ".bpmn",
        Bpmn.createExecutableProcess(processKey).name("Sprawa testowa postępu").camundaHistoryTimeToLive(1)
            .startEvent().userTask("check").name("Sprawdzenie danych").endEvent().done()).deploy();
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      instances.add(runtimeService.startProcessInstanceByKey(processKey).getId());
    }
    try {
      TrendsReport report = trends.compute();
      assertThat(report.firstMonth()).isEqualTo("2025-09");
      assertThat(report.lastMonth()).isEqualTo("2027-08");
      assertThat(report.currentMonth()).isEqualTo("2026-03");
      assertThat(report.activities()).extracting(ActivityTrend::key).containsExactlyElementsOf(
          ActivityDefinition.all().stream().map(ActivityDefinition::key).toList());

      ActivityTrend courses = trend(report, ProgrammeTargets.TEACHER_COURSES);
      assertThat(courses.name()).isEqualTo("Kursy dla nauczycieli");
      assertThat(courses.target()).isEqualTo(10);
      assertThat(courses.months()).hasSize(24);
      Long[] completed = {1L, 3L, 3L, 3L, 3L, 4L, 4L};
      for (int i = 0; i < 24; i++) {
        MonthPoint point = courses.months().get(i);
        assertThat(point.month()).isEqualTo(java.time.YearMonth.of(2025, 9).plusMonths(i).toString());
        assertThat(point.completed()).as(point.month()).isEqualTo(i < completed.length ? completed[i] : null);
        // 10 courses over 24 months, to one decimal
        assertThat(point.plan()).as(point.month())
            .isEqualByComparingTo(BigDecimal.valueOf(10L * (i + 1)).divide(BigDecimal.valueOf(24), 1,
                java.math.RoundingMode.HALF_UP));
      }
      assertThat(courses.months().get(0).plan()).isEqualByComparingTo("0.4");
      assertThat(courses.months().get(2).plan()).isEqualByComparingTo("1.3");
      assertThat(courses.months().get(11).plan()).isEqualByComparingTo("5.0");
      assertThat(courses.months().get(23).plan()).isEqualByComparingTo("10.0");

      ActivityTrend visits = trend(report, "study-visits");
      assertThat(visits.targetSet()).isFalse();
      assertThat(visits.target()).isNull();
      assertThat(visits.months()).allMatch(p -> p.plan() == null);
      assertThat(visits.months().subList(0, 7)).extracting(MonthPoint::completed)
          .containsExactly(0L, 0L, 0L, 1L, 1L, 1L, 1L);

      assertThat(report.openTasksByStep()).filteredOn(s -> s.processKey().equals(processKey))
          .containsExactly(new TrendsReport.OpenStep(processKey, "Sprawa testowa postępu", "check",
              "Sprawdzenie danych", 3));

      var response = Http.basic(port, "coordinator", "coordinator").get("/api/indicators/trends");
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.get("activities").get(3).get("key").asText()).isEqualTo(ProgrammeTargets.TEACHER_COURSES);
      assertThat(body.get("activities").get(3).get("months").get(1).get("completed").asLong()).isEqualTo(3);
      assertThat(body.get("activities").get(3).get("months").get(23).get("plan").decimalValue())
          .isEqualByComparingTo("10.0");
    } finally {
      instances.forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
    }
  }

  @Test
  void onlyCoordinatorsAndAdminsReadCompletenessAndTrends() {
    for (String path : List.of("/api/indicators/completeness", "/api/indicators/trends")) {
      assertThat(Http.anonymous(port).get(path).statusCode()).as(path).isEqualTo(401);
      // a wrong password (of a user no other test here logs in as: the engine then delays that user)
      assertThat(Http.basic(port, "employer2", "wrong").get(path).statusCode()).as(path).isEqualTo(401);
      for (String user : List.of("school1", "teacher1", "employer1", "accountant")) {
        assertThat(Http.basic(port, user, user).get(path).statusCode()).as(user + " " + path).isEqualTo(403);
      }
      var ok = Http.basic(port, "coordinator", "coordinator").get(path);
      assertThat(ok.statusCode()).as(path + " " + ok.body()).isEqualTo(200);
      assertThat(Http.basic(port, "admin", "admin").get(path).statusCode()).as(path).isEqualTo(200);
    }
  }

  private static ActivityTrend trend(TrendsReport report, String key) {
    return report.activities().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  private static Map<String, Long> zeros(List<String> labels) {
    Map<String, Long> map = new LinkedHashMap<>();
    labels.forEach(l -> map.put(l, 0L));
    return map;
  }
}
