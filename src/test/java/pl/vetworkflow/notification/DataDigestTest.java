package pl.vetworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;
import pl.vetworkflow.testsupport.TestPesels;

/**
 * The weekly data digest on PostgreSQL with a real SMTP server (GreenMail): once per school
 * coordinator and ISO week, from the configured day and hour (Monday 7:00 in Warsaw), with the names
 * and the missing fields and never a PESEL; nothing for a school whose data are complete; two nodes
 * running at once still write it once.
 */
@PostgresIntegrationTest
class DataDigestTest {
  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  /** Monday of ISO week 2026-W50. */
  static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 12, 7, 0, 0, 0, 0, WARSAW);
  static final String SCHOOL_1 = "Technikum nr 1 w Opolu";

  @Autowired WeeklyDataDigest digest;
  @Autowired DataDigestLog log;
  @Autowired MailDispatcher dispatcher;
  @Autowired ParticipantRegistry participants;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataGaps gaps;
  @Autowired MailOutbox outbox;
  @Autowired MailRenderer renderer;
  @Autowired RecipientResolver recipients;
  @Autowired TaskLinks links;
  @Autowired MailSettings mailSettings;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;
  @Autowired pl.vetworkflow.engine.EngineClock clock;

  GreenMail greenMail;
  /** Everyone registered here (once per class: the database is the class's own). */
  static final List<String> PESELS = new ArrayList<>();

  @BeforeEach
  void setUp() {
    greenMail = new GreenMail(ServerSetupTest.SMTP);
    greenMail.start();
    if (identityService.createUserQuery().userId("school1b").count() > 0) {
      return;
    }
    PESELS.clear();
    // a second coordinator of school 1: every member of school-1 is told
    User second = identityService.newUser("school1b");
    second.setFirstName("Marta");
    second.setLastName("Lis");
    second.setEmail("school1b@vet-workflow.example");
    identityService.saveUser(second);
    identityService.createMembership("school1b", Groups.SCHOOL_COORDINATORS);
    identityService.createMembership("school1b", Groups.school("1"));

    // school 1: 32 people cannot be reported (31 without the level of education, one without anything), one can
    Map<MonitoringField, String> complete = complete();
    register("Adam", "Pełny", "1", complete);
    Map<MonitoringField, String> noEducation = complete();
    noEducation.remove(MonitoringField.EDUCATION);
    register("Anna", "Kowalska", "1", noEducation);
    for (int i = 1; i <= 30; i++) {
      register("Uczeń" + i, "Zzz" + String.format("%02d", i), "1", noEducation);
    }
    register("Zenon", "Bąk", "1", Map.of());
    // school 2: complete data, nothing to tell
    register("Ewa", "Kompletna", "2", complete);
    // school 3: missing data, but no coordinator account: nobody to tell
    register("Olga", "Bezkonta", "3", Map.of());
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    greenMail.stop();
  }

  @Test
  void oneMessagePerCoordinatorAndWeekWithNamesAndMissingFieldsNeverAPesel() throws Exception {
    assertThat(run(MONDAY.withHour(6).withMinute(59)).due()).as("before Monday 7:00").isFalse();
    assertThat(log.count("1", "2026-W50")).isZero();

    WeeklyDataDigest.Result first = run(MONDAY.withHour(7).withMinute(5));
    assertThat(first.isoWeek()).isEqualTo("2026-W50");
    assertThat(first.due()).isTrue();
    assertThat(first.schools()).as("schools 1 and 3 have people who cannot be reported").isEqualTo(2);
    assertThat(first.messages()).as("school1 and school1b; school 3 has no coordinator account").isEqualTo(2);
    dispatch(MONDAY.withHour(7).withMinute(6));

    List<MimeMessage> received = List.of(greenMail.getReceivedMessages());
    assertThat(Mails.countByRecipient(received)).containsOnly(
        Map.entry("school1@vet-workflow.example", 1L), Map.entry("school1b@vet-workflow.example", 1L));
    // the HTML part, to look at (target/mails/)
    java.nio.file.Path mails = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "mails"));
    java.nio.file.Files.writeString(mails.resolve("data-digest.html"), Mails.html(received.get(0)));
    for (MimeMessage message : received) {
      assertThat(Mails.subject(message)).isEqualTo("Dane uczestników do uzupełnienia: 32 osoby – " + SCHOOL_1);
      String text = Mails.text(message);
      String html = Mails.html(message);
      assertThat(text).contains("w szkole " + SCHOOL_1 + " są 32 osoby, których nie możemy jeszcze wykazać",
          "- Anna Kowalska: brak: Wykształcenie",
          "- Zenon Bąk: brak: Obywatelstwo, Kraj, Województwo",
          "… i 2 inne osoby", "http://localhost:8080/camunda/app/tasklist/default/#/");
      assertThat(html).contains("Anna Kowalska", "Zenon Bąk", "i 2 inne osoby",
          "href=\"http://localhost:8080/camunda/app/tasklist/default/#/\"");
      // the first 30 by surname: Bąk, Kowalska, Zzz01..Zzz28
      assertThat(text.lines().filter(l -> l.startsWith("- ")).count()).isEqualTo(30);
      assertThat(text).contains("- Uczeń28 Zzz28:").doesNotContain("Zzz29", "Zzz30");
      assertThat(text).doesNotContain("Adam Pełny", "Ewa Kompletna", "Olga Bezkonta");
      for (String pesel : PESELS) {
        assertThat(text).doesNotContain(pesel);
        assertThat(html).doesNotContain(pesel);
      }
    }

    // the same week again (later runs, another day): nothing new
    assertThat(run(MONDAY.withHour(9)).messages()).isZero();
    assertThat(run(MONDAY.plusDays(3).withHour(12)).messages()).isZero();
    dispatch(MONDAY.plusDays(3).withHour(13));
    assertThat(greenMail.getReceivedMessages()).hasSize(2);
    assertThat(log.count("1", "2026-W50")).isEqualTo(2);
    assertThat(log.count("2", "2026-W50")).as("complete data: no digest").isZero();

    // the next week: once more, while the data are still missing
    assertThat(run(MONDAY.plusWeeks(1).withHour(7)).messages()).isEqualTo(2);
  }

  @Test
  void twoNodesAtOnceStillWriteItOnce() throws Exception {
    Instant at = MONDAY.plusWeeks(3).withHour(8).toInstant(); // 2026-W53
    ClockUtil.setCurrentTime(Date.from(at));
    for (int round = 0; round < 3; round++) {
      Instant now = at.plusSeconds(round * 60L);
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService nodes = Executors.newFixedThreadPool(2);
      try {
        List<Future<WeeklyDataDigest.Result>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
          runs.add(nodes.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return digest.run(now);
          }));
        }
        int messages = 0;
        for (Future<WeeklyDataDigest.Result> run : runs) {
          WeeklyDataDigest.Result result = run.get(60, TimeUnit.SECONDS);
          assertThat(result.failed()).isZero();
          messages += result.messages();
        }
        assertThat(messages).as("round %d", round).isEqualTo(round == 0 ? 2 : 0);
      } finally {
        nodes.shutdownNow();
      }
    }
    assertThat(log.count("1", "2026-W53")).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from vet_mail_outbox where kind = 'DATA_DIGEST'"
        + " and created_at = ?", Integer.class, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)))
        .isEqualTo(2);
  }

  @Test
  void switchedOffItWritesNothing() {
    DataDigestSettings off = new DataDigestSettings(false, null, null, null, null, null, null);
    WeeklyDataDigest switchedOff = new WeeklyDataDigest(gaps, log, outbox, renderer, recipients, links, mailSettings,
        off, engine, transactionManager, dispatcher, clock);
    WeeklyDataDigest.Result result = switchedOff.run(MONDAY.plusWeeks(2).withHour(10).toInstant()); // 2026-W52
    assertThat(result.due()).isFalse();
    assertThat(result.messages()).isZero();
    assertThat(log.count("1", "2026-W52")).isZero();
  }

  @Test
  void settingsDefaultsAndPolishPlurals() {
    assertThat(new DataDigestSettings(null, null, null, null, null, null, null))
        .extracting(DataDigestSettings::dayOfWeek, DataDigestSettings::hour, DataDigestSettings::maxListed)
        .containsExactly(java.time.DayOfWeek.MONDAY, 7, 30);
    assertThat(MailRenderer.persons(1)).isEqualTo("1 osoba");
    assertThat(MailRenderer.persons(3)).isEqualTo("3 osoby");
    assertThat(MailRenderer.persons(12)).isEqualTo("12 osób");
    assertThat(MailRenderer.persons(22)).isEqualTo("22 osoby");
    assertThat(MailRenderer.others(1)).isEqualTo("i 1 inna osoba");
    assertThat(MailRenderer.others(5)).isEqualTo("i 5 innych osób");
  }

  private WeeklyDataDigest.Result run(ZonedDateTime at) {
    ClockUtil.setCurrentTime(Date.from(at.toInstant()));
    return digest.run(at.toInstant());
  }

  private void dispatch(ZonedDateTime at) {
    dispatcher.dispatch(at.toInstant());
  }

  private void register(String first, String last, String school, Map<MonitoringField, String> data) {
    // one birth date for everyone: draw again on a repeated number, or two people would be one
    String pesel;
    do {
      pesel = TestPesels.random(LocalDate.of(2008, 2, 2), first.endsWith("a"));
    } while (PESELS.contains(pesel));
    PESELS.add(pesel);
    String number = pesel;
    Participant p = participants.findByPesel(number).orElseGet(() -> participants.register(number, first, last,
        ParticipantType.STUDENT, school, LocalDate.of(2026, 9, 1)));
    if (!data.isEmpty()) {
      participants.recordMonitoringData(p.id(), data);
    }
  }

  static Map<MonitoringField, String> complete() {
    Map<MonitoringField, String> v = new EnumMap<>(MonitoringField.class);
    v.put(MonitoringField.CITIZENSHIP, "PL");
    v.put(MonitoringField.COUNTRY, "Polska");
    v.put(MonitoringField.VOIVODESHIP, "opolskie");
    v.put(MonitoringField.COUNTY, "Opole");
    v.put(MonitoringField.COMMUNE, "Opole");
    v.put(MonitoringField.TOWN, "Opole");
    v.put(MonitoringField.POSTAL_CODE, "45-062");
    v.put(MonitoringField.DEGURBA, "1");
    v.put(MonitoringField.EDUCATION, "ISCED2");
    v.put(MonitoringField.LABOUR_STATUS, "INACTIVE_STUDYING");
    v.put(MonitoringField.FOREIGN_ORIGIN, "NIE");
    v.put(MonitoringField.THIRD_COUNTRY_CITIZEN, "NIE");
    v.put(MonitoringField.MINORITY, "NIE");
    v.put(MonitoringField.HOMELESS, "NIE");
    v.put(MonitoringField.DISABILITY, "NIE");
    return v;
  }
}
