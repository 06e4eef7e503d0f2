package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.TasklistUser;

/**
 * A student internship worked from the start form to the paid stipend only by clicks and typing in
 * the Polish Tasklist of a real (headless) Chromium, as the demo users: school1 (Technikum nr 1 w
 * Opolu) applies, the programme office, the employer, teacher1 and the accountant each find their
 * task through the filter "Zadania mojej grupy" and the card showing the case number. Two cases:
 * an adult pupil with a preferred employer (eligible at once) and a minor pupil with fewer hours
 * (coordinator's review) and no preferred employer (the coordinator picks one), whose agreement the
 * parent signs.
 *
 * <p>The engine's clock is set for each phase (the server runs in this JVM): the agreement and the
 * signatures are dated on the day they are recorded, attendance and payment after the internship.
 * Screenshots: target/screenshots/internship-adult-NN-*.png, internship-minor-NN-*.png.
 */
@H2IntegrationTest
// Passes alone (mvn -Pe2e verify); in the whole suite it fails on state other test classes leave in
// the shared H2 database (issue 12 stays open for it), so the default run leaves it out.
@Tag("e2e")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentInternshipInTasklistTest {
  static final String FILTER = TaskFilters.MY_GROUP_TASKS;
  static final String SCHOOL = "Technikum nr 1 w Opolu";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  /** Each demo user logs in once, when first needed, and works both cases in the same browser. */
  final Map<String, TasklistUser> users = new HashMap<>();

  @AfterAll
  void logOut() {
    users.values().forEach(TasklistUser::close);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  TasklistUser user(String id, String caseName, TasklistUser.Counter steps) {
    return users.computeIfAbsent(id, u -> TasklistUser.logIn(port, u, caseName, steps)).forCase(caseName, steps);
  }

  @Test
  void adultPupilWithPreferredEmployer() {
    long started = System.nanoTime();
    // 18 on the first day of the internship: signs the agreement himself
    String pesel = Pesel.of(LocalDate.of(2008, 3, 17), 4735).value();
    TasklistUser.Counter steps = new TasklistUser.Counter();
    clock(2027, 1, 18);
    TasklistUser school = user("school1", "internship-adult", steps);
    TasklistUser employer = user("employer1", "internship-adult", steps);
    TasklistUser teacher = user("teacher1", "internship-adult", steps);
    TasklistUser coordinator = user("coordinator", "internship-adult", steps);
    school.startProcess("Staż uczniowski");
    school.type("Imię ucznia", "Kacper");
    school.type("Nazwisko ucznia", "Wróblewski");
    school.type("PESEL ucznia", pesel);
    // the school is the coordinator's own: shown, not chosen
    assertThat(school.value("Szkoła")).startsWith(SCHOOL);
    school.type("Klasa", "4TM");
    school.type("Zawód", "technik mechanik");
    school.type("E-mail ucznia", "kacper.wroblewski@zsem-opole.example.pl");
    school.type("Telefon ucznia", "604 218 377");
    school.choose("Preferowany pracodawca", "Opolskie Zakłady");
    school.date("Planowana data rozpoczęcia stażu", "01.02.2027");
    school.date("Planowana data zakończenia stażu", "12.03.2027");
    school.type("Planowana liczba godzin stażu", "150");
    school.choose("Wykształcenie uczestnika", "ISCED 2");
    school.choose("Osoba z niepełnosprawnościami", "nie");
    school.tick("otrzymał klauzulę informacyjną");
    school.step("wniosek-wypelniony");
    school.submitStartForm();
    school.step("wniosek-zlozony");

    ProcessInstance instance = instanceOf(pesel);
    String caseNumber = instance.getBusinessKey();
    assertThat(caseNumber).matches("SU/2027/\\d{4}");
    assertThat(var(instance, ELIGIBILITY)).isEqualTo("ELIGIBLE");
    assertThat(var(instance, STUDENT_MINOR)).isEqualTo(false);
    assertThat(var(instance, PLANNED_START_DATE)).isEqualTo("2027-02-01");

    confirmPlacement(employer, caseNumber, "Kacper Wróblewski", "Tomasz Kurek", "t.kurek@ozm.example.pl",
        "Opolskie Zakłady Mechaniczne, ul. Luboszycka 5, Opole; hala B, dział obróbki skrawaniem, stanowisko operatora tokarki CNC");
    approveProgramme(teacher, caseNumber);

    coordinator.openTask(FILTER, caseNumber, "Przygotuj umowę trójstronną");
    assertThat(coordinator.value("Uczestnik")).isEqualTo("Kacper Wróblewski");
    assertThat(coordinator.value("Pracodawca")).startsWith("Opolskie Zakłady Mechaniczne");
    assertThat(coordinator.value("Umowę po stronie ucznia podpisuje")).contains("Kacper Wróblewski");
    coordinator.type("Numer umowy", "UT/SU/12/2027");
    coordinator.date("Data sporządzenia umowy", "18.01.2027");
    coordinator.step("umowa-przygotowana");
    coordinator.complete();

    school.openTask(FILTER, caseNumber, "Potwierdź podpis umowy przez ucznia lub opiekuna");
    assertThat(school.value("Numer umowy")).isEqualTo("UT/SU/12/2027");
    school.tick("Uczeń (pełnoletni)");
    school.date("Data podpisu", "18.01.2027");
    school.step("podpis-ucznia");
    school.complete();

    employerSignature(employer, caseNumber, "18.01.2027");
    assertThat(runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId("internshipRunning")
        .count()).isEqualTo(1);
    // while the internship runs, the school sees it waiting (it would report a dropout there)
    assertThat(school.card(FILTER, caseNumber, "Staż w toku")).contains("Kacper Wróblewski");
    school.step("staz-w-toku");

    internshipEnds(instance, 2027, 3, 15);
    employer.openTask(FILTER, caseNumber, "Potwierdź odbycie stażu i oceń stażystę");
    employer.date("Faktyczna data rozpoczęcia", "01.02.2027");
    employer.date("Faktyczna data zakończenia", "12.03.2027");
    employer.type("Liczba zrealizowanych godzin", "150");
    employer.choose("Ocena stażysty", "bardzo dobra");
    employer.type("Opinia opiekuna o stażyście", "Sumienny i punktualny, samodzielnie ustawia i obsługuje tokarkę CNC, "
        + "przestrzega zasad BHP. Chętnie uczy się od pracowników.");
    employer.step("obecnosc-i-ocena");
    employer.complete();

    approveReport(teacher, caseNumber);
    issueCertificate(coordinator, caseNumber, "ZS/SU/0412/2027", "15.03.2027");
    paysAndEnds(instance, caseNumber, "internship-adult", steps, List.of("confirmPlacement",
        "approveProgramme", "prepareAgreement", "recordParticipantSignature", "recordEmployerSignature",
        "internshipRunning", "confirmAttendance", "approveReport", "issueCertificate", "payStipend"));
    assertThat(historicVar(caseNumber, PARTICIPANT_SIGNED_BY)).isEqualTo("STUDENT");
    report(started, "adult");
  }

  @Test
  void minorPupilSignedByParent() {
    long started = System.nanoTime();
    // 16 on the first day of the internship: the parent signs
    String pesel = Pesel.of(LocalDate.of(2010, 6, 21), 3826).value();
    TasklistUser.Counter steps = new TasklistUser.Counter();
    clock(2027, 1, 18);
    TasklistUser school = user("school1", "internship-minor", steps);
    TasklistUser coordinator = user("coordinator", "internship-minor", steps);
    TasklistUser employer = user("employer2", "internship-minor", steps);
    TasklistUser teacher = user("teacher1", "internship-minor", steps);
    school.startProcess("Staż uczniowski");
    school.type("Imię ucznia", "Zuzanna");
    school.type("Nazwisko ucznia", "Lisowska");
    school.type("PESEL ucznia", pesel);
    school.type("Klasa", "2TE");
    school.type("Zawód", "technik elektryk");
    school.type("Imię i nazwisko rodzica lub opiekuna prawnego", "Agnieszka Lisowska");
    school.type("E-mail rodzica lub opiekuna", "agnieszka.lisowska@poczta.example.pl");
    school.type("Telefon rodzica lub opiekuna", "+48 502 611 948");
    // no preferred employer: the programme office will find one
    school.date("Planowana data rozpoczęcia stażu", "01.02.2027");
    school.date("Planowana data zakończenia stażu", "05.03.2027");
    school.type("Planowana liczba godzin stażu", "120");
    school.tick("otrzymał klauzulę informacyjną");
    school.step("wniosek-wypelniony");
    school.submitStartForm();
    school.step("wniosek-zlozony");

    ProcessInstance instance = instanceOf(pesel);
    String caseNumber = instance.getBusinessKey();
    assertThat(caseNumber).matches("SU/2027/\\d{4}");
    assertThat(var(instance, ELIGIBILITY)).isEqualTo("REVIEW");
    assertThat(var(instance, PLANNED_HOURS)).isEqualTo(120L);
    assertThat(var(instance, PLANNED_END_DATE)).isEqualTo("2027-03-05");
    assertThat(var(instance, EMPLOYER_ID)).isNull();
    assertThat(var(instance, STUDENT_MINOR)).isEqualTo(true);
    assertThat(var(instance, AGREEMENT_SIGNATORY).toString()).contains("Agnieszka Lisowska");

    coordinator.openTask(FILTER, caseNumber, "Rozpatrz wniosek o staż");
    assertThat(coordinator.value("Uczeń")).isEqualTo("Zuzanna Lisowska");
    assertThat(coordinator.value("Wiek ucznia")).isEqualTo("16");
    assertThat(coordinator.value("Wynik oceny kwalifikowalności")).contains("150–160");
    coordinator.tick("Zatwierdzam wniosek");
    coordinator.type("Uzasadnienie", "120 godzin uzgodnione ze szkołą: uczennica łączy staż z zajęciami praktycznymi.");
    coordinator.step("ocena-wniosku");
    coordinator.complete();

    assertThat(var(instance, REVIEW_DECISION)).isEqualTo("APPROVE");
    coordinator.openTask(FILTER, caseNumber, "Wybierz pracodawcę");
    coordinator.tick("Kieruję do pracodawcy");
    coordinator.choose("Pracodawca", "Elektro-Serwis");
    coordinator.type("Uwagi", "Pracodawca z Nysy prowadzi instalacje elektryczne; dojazd uzgodniony z rodzicem.");
    coordinator.step("wybor-pracodawcy");
    coordinator.complete();

    confirmPlacement(employer, caseNumber, "Zuzanna Lisowska", "Krzysztof Mazur", "k.mazur@elektroserwis-nysa.example.pl",
        "Elektro-Serwis Nysa, ul. Mickiewicza 21, Nysa; dział instalacji, pomocnik elektromontera");
    approveProgramme(teacher, caseNumber);

    coordinator.openTask(FILTER, caseNumber, "Przygotuj umowę trójstronną");
    // the agreement names the parent as the pupil's party
    assertThat(coordinator.value("Umowę po stronie ucznia podpisuje")).contains("Agnieszka Lisowska");
    coordinator.type("Numer umowy", "UT/SU/13/2027");
    coordinator.date("Data sporządzenia umowy", "18.01.2027");
    coordinator.step("umowa-przygotowana");
    coordinator.complete();

    school.openTask(FILTER, caseNumber, "Potwierdź podpis umowy przez ucznia lub opiekuna");
    assertThat(school.value("Umowę po stronie ucznia podpisuje")).contains("Agnieszka Lisowska");
    school.tick("Rodzic lub opiekun prawny");
    school.date("Data podpisu", "18.01.2027");
    school.step("podpis-rodzica");
    school.complete();

    employerSignature(employer, caseNumber, "18.01.2027");

    internshipEnds(instance, 2027, 3, 8);
    employer.openTask(FILTER, caseNumber, "Potwierdź odbycie stażu i oceń stażystę");
    employer.date("Faktyczna data rozpoczęcia", "01.02.2027");
    employer.date("Faktyczna data zakończenia", "05.03.2027");
    employer.type("Liczba zrealizowanych godzin", "120");
    employer.choose("Ocena stażysty", "dobra");
    employer.type("Opinia opiekuna o stażyście", "Staranna przy montażu obwodów, dobrze czyta schematy; "
        + "powinna nabrać pewności przy pomiarach.");
    employer.step("obecnosc-i-ocena");
    employer.complete();

    approveReport(teacher, caseNumber);
    issueCertificate(coordinator, caseNumber, "ZS/SU/0413/2027", "08.03.2027");
    paysAndEnds(instance, caseNumber, "internship-minor", steps, List.of("reviewApplication",
        "selectEmployer", "confirmPlacement", "approveProgramme", "prepareAgreement", "recordParticipantSignature",
        "recordEmployerSignature", "internshipRunning", "confirmAttendance", "approveReport", "issueCertificate", "payStipend"));
    assertThat(historicVar(caseNumber, PARTICIPANT_SIGNED_BY)).isEqualTo("GUARDIAN");
    assertThat(historicVar(caseNumber, EMPLOYER_ID)).isEqualTo("2");
    report(started, "minor");
  }

  // ---------------------------------------------------------------- steps both cases share

  static void confirmPlacement(TasklistUser employer, String caseNumber, String pupil, String tutor, String tutorEmail,
      String workplace) {
    employer.openTask(FILTER, caseNumber, "Potwierdź przyjęcie na staż");
    assertThat(employer.value("Uczestnik")).contains(pupil);
    assertThat(employer.value("Szkoła")).isEqualTo(SCHOOL);
    employer.tick("Przyjmujemy na staż");
    employer.type("Opiekun stażysty", tutor);
    employer.type("E-mail opiekuna", tutorEmail);
    employer.type("Telefon opiekuna", "77 441 20 15");
    employer.type("Miejsce odbywania stażu", workplace);
    employer.step("przyjecie-na-staz");
    employer.complete();
  }

  static void approveProgramme(TasklistUser teacher, String caseNumber) {
    teacher.openTask(FILTER, caseNumber, "Zatwierdź program stażu");
    teacher.tick("Zatwierdzam program stażu");
    teacher.type("Uwagi do programu", "Program zgodny z podstawą programową zawodu.");
    teacher.step("program-stazu");
    teacher.complete();
  }

  static void employerSignature(TasklistUser employer, String caseNumber, String date) {
    employer.openTask(FILTER, caseNumber, "Potwierdź podpis umowy przez pracodawcę");
    employer.type("Umowę podpisał", "Jan Kowalczyk, prezes zarządu");
    employer.date("Data podpisu", date);
    employer.step("podpis-pracodawcy");
    employer.complete();
  }

  static void approveReport(TasklistUser teacher, String caseNumber) {
    teacher.openTask(FILTER, caseNumber, "Zatwierdź sprawozdanie ze stażu");
    teacher.tick("Zatwierdzam sprawozdanie");
    teacher.step("sprawozdanie");
    teacher.complete();
  }

  static void issueCertificate(TasklistUser coordinator, String caseNumber, String number, String date) {
    coordinator.openTask(FILTER, caseNumber, "Wystaw zaświadczenie o odbyciu stażu");
    coordinator.type("Numer zaświadczenia", number);
    coordinator.date("Data wystawienia", date);
    coordinator.step("zaswiadczenie");
    coordinator.complete();
  }

  /** The accountant pays; the case has ended completed, with every user task of its path done once. */
  void paysAndEnds(ProcessInstance instance, String caseNumber, String caseName, TasklistUser.Counter steps,
      List<String> userTasks) {
    String paid = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Warsaw"))
        .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    TasklistUser accountant = user("accountant", caseName, steps);
    accountant.openTask(FILTER, caseNumber, "Wypłać stypendium i wynagrodzenie opiekuna");
    assertThat(accountant.value("Stypendium")).matches("[0-9 \u00a0]+,\\d\\d( zł)?");
    accountant.date("Data wypłaty stypendium", paid);
    accountant.date("Data wypłaty wynagrodzenia opiekuna", paid);
    accountant.step("wyplata");
    accountant.complete();
    accountant.step("po-wyplacie");
    HistoricProcessInstance ended = poll(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).finished().singleResult());
    assertThat(ended.getEndActivityId()).isEqualTo("internshipCompleted");
    assertThat(historicVar(caseNumber, OUTCOME)).isEqualTo("COMPLETED");
    assertThat(historicVar(caseNumber, STIPEND_PAID_DATE)).isEqualTo(
        LocalDate.parse(paid, java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")).toString());
    // the placement task belongs to the called employer-placement process
    String placement = history.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult().getId();
    List<String> done = new java.util.ArrayList<>();
    for (String id : List.of(instance.getId(), placement)) {
      history.createHistoricActivityInstanceQuery().processInstanceId(id).activityType("userTask").list()
          .forEach(a -> done.add(a.getActivityId()));
    }
    assertThat(done).containsExactlyInAnyOrderElementsOf(userTasks);
  }

  // ---------------------------------------------------------------- the engine's side

  /**
   * The internship runs until its planned end: the process waits on a timer. Time passes through the
   * engine, not through a user: the clock moves past the planned end and the due timer job runs.
   */
  void internshipEnds(ProcessInstance instance, int year, int month, int day) {
    clock(year, month, day);
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId("plannedEndReached")
        .singleResult();
    assertThat(timer.getDuedate()).isBefore(ClockUtil.getCurrentTime());
    management.executeJob(timer.getId());
  }

  static void clock(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(ZoneId.of("Europe/Warsaw"))
        .toInstant()));
  }

  ProcessInstance instanceOf(String pesel) {
    return poll(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(STUDENT_PESEL, pesel).singleResult());
  }

  Object var(ProcessInstance instance, String name) {
    return runtime.getVariable(instance.getId(), name);
  }

  Object historicVar(String caseNumber, String name) {
    String id = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(PROCESS_KEY).singleResult().getId();
    return history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName(name).singleResult()
        .getValue();
  }

  static void report(long started, String name) {
    System.out.printf("student internship (%s) in Tasklist: %d s%n", name,
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }

  /** The browser's request may still be on its way: wait (at most 15 s) until the engine shows the result. */
  static <T> T poll(Supplier<T> lookup) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      T found = lookup.get();
      if (found != null) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the engine did not reach the expected state within 15 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
