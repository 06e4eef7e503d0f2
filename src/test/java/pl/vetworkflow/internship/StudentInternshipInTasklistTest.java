package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.TasklistCaseTest;
import pl.vetworkflow.testsupport.TasklistUser;

/**
 * A student internship worked from the start form to the paid stipend only by clicks and typing in
 * the Polish Tasklist of a real (headless) Chromium, as the demo users: school1 (Technikum nr 1 w
 * Opolu) applies, the programme office, the employer, teacher1 and the accountant each find their
 * task through the filter "Zadania mojej grupy" and the card showing the case number. Two cases:
 * an adult pupil with a preferred employer (eligible at once) and a minor pupil with fewer hours
 * (coordinator's review) and no preferred employer (the coordinator picks one), whose agreement the
 * parent signs. From the placement on, both go the same way ({@link #placedSignedAttendedAndPaid}).
 *
 * <p>The engine's clock is set for each phase (the server runs in this JVM): the agreement and the
 * signatures are dated on the day they are recorded, attendance and payment after the internship.
 * Screenshots: target/screenshots/internship-adult-NN-*.png, internship-minor-NN-*.png.
 */
class StudentInternshipInTasklistTest extends TasklistCaseTest {
  static final String SCHOOL = "Technikum nr 1 w Opolu";
  static final DateTimeFormatter PL = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final LocalDate APPLIED = LocalDate.of(2027, 1, 18);
  static final LocalDate START = LocalDate.of(2027, 2, 1);

  /** What differs between the two cases from the placement on. */
  record Internship(String pupil, String employer, String employerName, String tutor, String tutorEmail, String workplace,
      String agreementNumber, String signedBy, String signatory, LocalDate end, int hours, String grade,
      String opinion, String certificateNumber) {
    /** The employer confirms, the report is approved and the certificate issued three days after the planned end. */
    LocalDate afterEnd() {
      return end.plusDays(3);
    }
  }

  @Test
  void adultPupilWithPreferredEmployer() {
    newCase("internship-adult");
    logIn("school1", "employer1", "teacher1", "coordinator", "accountant");
    // 18 on the first day of the internship: signs the agreement himself
    String pesel = Pesel.of(LocalDate.of(2008, 3, 17), 4735).value();
    today(APPLIED);
    TasklistUser school = user("school1");
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
    school.date("Planowana data rozpoczęcia stażu", PL.format(START));
    school.date("Planowana data zakończenia stażu", "12.03.2027");
    school.type("Planowana liczba godzin stażu", "150");
    school.choose("Wykształcenie uczestnika", "ISCED 2");
    school.choose("Osoba z niepełnosprawnościami", "nie");
    school.tick("otrzymał klauzulę informacyjną");
    school.step("wniosek-wypelniony");
    school.submitStartForm();
    school.step("wniosek-zlozony");

    ProcessInstance instance = caseWith(PROCESS_KEY, STUDENT_PESEL, pesel);
    assertThat(instance.getBusinessKey()).matches("SU/2027/\\d{4}");
    assertThat(variable(instance, ELIGIBILITY)).isEqualTo("ELIGIBLE");
    assertThat(variable(instance, STUDENT_MINOR)).isEqualTo(false);
    assertThat(variable(instance, PLANNED_START_DATE)).isEqualTo("2027-02-01");

    placedSignedAttendedAndPaid(instance, new Internship("Kacper Wróblewski", "employer1", "Opolskie Zakłady Mechaniczne", "Tomasz Kurek",
        "t.kurek@ozm.example.pl",
        "Opolskie Zakłady Mechaniczne, ul. Luboszycka 5, Opole; hala B, dział obróbki skrawaniem, stanowisko operatora tokarki CNC",
        "UT/SU/12/2027", "Uczeń (pełnoletni)", "Kacper Wróblewski", LocalDate.of(2027, 3, 12), 150, "bardzo dobra",
        "Sumienny i punktualny, samodzielnie ustawia i obsługuje tokarkę CNC, przestrzega zasad BHP. "
            + "Chętnie uczy się od pracowników.", "ZS/SU/0412/2027"));
    assertThat(historicVariable(instance.getId(), PARTICIPANT_SIGNED_BY)).isEqualTo("STUDENT");
    assertThat(historicVariable(instance.getId(), EMPLOYER_ID)).isEqualTo("1");
  }

  @Test
  void minorPupilSignedByParent() {
    newCase("internship-minor");
    logIn("school1", "coordinator", "employer2", "teacher1", "accountant");
    // 16 on the first day of the internship: the parent signs
    String pesel = Pesel.of(LocalDate.of(2010, 6, 21), 3826).value();
    today(APPLIED);
    TasklistUser school = user("school1");
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
    school.date("Planowana data rozpoczęcia stażu", PL.format(START));
    school.date("Planowana data zakończenia stażu", "05.03.2027");
    school.type("Planowana liczba godzin stażu", "120");
    school.tick("otrzymał klauzulę informacyjną");
    school.step("wniosek-wypelniony");
    school.submitStartForm();
    school.step("wniosek-zlozony");

    ProcessInstance instance = caseWith(PROCESS_KEY, STUDENT_PESEL, pesel);
    String caseNumber = instance.getBusinessKey();
    assertThat(caseNumber).matches("SU/2027/\\d{4}");
    assertThat(variable(instance, ELIGIBILITY)).isEqualTo("REVIEW");
    assertThat(variable(instance, PLANNED_HOURS)).isEqualTo(120L);
    assertThat(variable(instance, PLANNED_END_DATE)).isEqualTo("2027-03-05");
    assertThat(variable(instance, EMPLOYER_ID)).isNull();
    assertThat(variable(instance, STUDENT_MINOR)).isEqualTo(true);
    assertThat(variable(instance, AGREEMENT_SIGNATORY).toString()).contains("Agnieszka Lisowska");

    TasklistUser coordinator = user("coordinator");
    coordinator.openTask(GROUP_TASKS, caseNumber, "Rozpatrz wniosek o staż");
    assertThat(coordinator.value("Uczeń")).isEqualTo("Zuzanna Lisowska");
    assertThat(coordinator.value("Wiek ucznia")).isEqualTo("16");
    assertThat(coordinator.value("Wynik oceny kwalifikowalności")).contains("150–160");
    coordinator.tick("Zatwierdzam wniosek");
    coordinator.type("Uzasadnienie", "120 godzin uzgodnione ze szkołą: uczennica łączy staż z zajęciami praktycznymi.");
    coordinator.step("ocena-wniosku");
    coordinator.complete();
    assertThat(poll(() -> variable(instance, REVIEW_DECISION))).isEqualTo("APPROVE");

    coordinator.openTask(GROUP_TASKS, caseNumber, "Wybierz pracodawcę");
    coordinator.tick("Kieruję do pracodawcy");
    coordinator.choose("Pracodawca", "Elektro-Serwis");
    coordinator.type("Uwagi", "Pracodawca z Nysy prowadzi instalacje elektryczne; dojazd uzgodniony z rodzicem.");
    coordinator.step("wybor-pracodawcy");
    coordinator.complete();

    placedSignedAttendedAndPaid(instance, new Internship("Zuzanna Lisowska", "employer2", "Elektro-Serwis Nysa", "Krzysztof Mazur",
        "k.mazur@elektroserwis-nysa.example.pl",
        "Elektro-Serwis Nysa, ul. Mickiewicza 21, Nysa; dział instalacji, pomocnik elektromontera",
        "UT/SU/13/2027", "Rodzic lub opiekun prawny", "Agnieszka Lisowska", LocalDate.of(2027, 3, 5), 120, "dobra",
        "Staranna przy montażu obwodów, dobrze czyta schematy; powinna nabrać pewności przy pomiarach.",
        "ZS/SU/0413/2027"));
    assertThat(historicVariable(instance.getId(), PARTICIPANT_SIGNED_BY)).isEqualTo("GUARDIAN");
    assertThat(historicVariable(instance.getId(), EMPLOYER_ID)).isEqualTo("2");
  }

  // ---------------------------------------------------------------- the way both cases go from the placement on

  /**
   * The employer takes the pupil on, teacher1 approves the programme, the programme office prepares the
   * agreement, the school and the employer record its signatures; the internship runs to its planned
   * end, the employer confirms attendance, teacher1 approves the report, the office issues the
   * certificate and the accountant pays: the case ends completed, every user task of its path done once.
   */
  void placedSignedAttendedAndPaid(ProcessInstance instance, Internship internship) {
    String caseNumber = instance.getBusinessKey();
    TasklistUser school = user("school1");
    TasklistUser employer = user(internship.employer());
    TasklistUser teacher = user("teacher1");
    TasklistUser coordinator = user("coordinator");
    List<String> before = userTasksDone(instance);

    employer.openTask(GROUP_TASKS, caseNumber, "Potwierdź przyjęcie na staż");
    assertThat(employer.value("Uczestnik")).contains(internship.pupil());
    assertThat(employer.value("Szkoła")).isEqualTo(SCHOOL);
    employer.tick("Przyjmujemy na staż");
    employer.type("Opiekun stażysty", internship.tutor());
    employer.type("E-mail opiekuna", internship.tutorEmail());
    employer.type("Telefon opiekuna", "77 441 20 15");
    employer.type("Miejsce odbywania stażu", internship.workplace());
    employer.step("przyjecie-na-staz");
    employer.complete();

    teacher.openTask(GROUP_TASKS, caseNumber, "Zatwierdź program stażu");
    teacher.tick("Zatwierdzam program stażu");
    teacher.type("Uwagi do programu", "Program zgodny z podstawą programową zawodu.");
    teacher.step("program-stazu");
    teacher.complete();

    coordinator.openTask(GROUP_TASKS, caseNumber, "Przygotuj umowę trójstronną");
    assertThat(coordinator.value("Uczestnik")).isEqualTo(internship.pupil());
    assertThat(coordinator.value("Pracodawca")).startsWith(internship.employerName());
    // the agreement names who signs for the pupil: the pupil if adult, else the parent
    assertThat(coordinator.value("Umowę po stronie ucznia podpisuje")).contains(internship.signatory());
    coordinator.type("Numer umowy", internship.agreementNumber());
    coordinator.date("Data sporządzenia umowy", PL.format(APPLIED));
    coordinator.step("umowa-przygotowana");
    coordinator.complete();

    school.openTask(GROUP_TASKS, caseNumber, "Potwierdź podpis umowy przez ucznia lub opiekuna");
    school.attachScan("Podpisana umowa (skan)");
    assertThat(school.value("Numer umowy")).isEqualTo(internship.agreementNumber());
    assertThat(school.value("Umowę po stronie ucznia podpisuje")).contains(internship.signatory());
    school.tick(internship.signedBy());
    school.date("Data podpisu", PL.format(APPLIED));
    school.step("podpis-ucznia-lub-rodzica");
    school.complete();

    employer.openTask(GROUP_TASKS, caseNumber, "Potwierdź podpis umowy przez pracodawcę");
    employer.attachScan("Podpisana umowa (skan)");
    employer.type("Umowę podpisał", "Jan Kowalczyk, prezes zarządu");
    employer.date("Data podpisu", PL.format(APPLIED));
    employer.step("podpis-pracodawcy");
    employer.complete();

    // while the internship runs, the school sees it waiting (it would report a dropout there)
    assertThat(school.card(GROUP_TASKS, caseNumber, "Staż w toku")).contains(internship.pupil());
    school.step("staz-w-toku");

    // the internship runs until its planned end: the clock moves past it and the due timer job runs
    today(internship.afterEnd());
    fireTimer(instance, "plannedEndReached");
    employer.openTask(GROUP_TASKS, caseNumber, "Potwierdź odbycie stażu i oceń stażystę");
    employer.date("Faktyczna data rozpoczęcia", PL.format(START));
    employer.date("Faktyczna data zakończenia", PL.format(internship.end()));
    employer.type("Liczba zrealizowanych godzin", String.valueOf(internship.hours()));
    employer.choose("Ocena stażysty", internship.grade());
    employer.type("Opinia opiekuna o stażyście", internship.opinion());
    employer.step("obecnosc-i-ocena");
    employer.complete();

    teacher.openTask(GROUP_TASKS, caseNumber, "Zatwierdź sprawozdanie ze stażu");
    teacher.tick("Zatwierdzam sprawozdanie");
    teacher.step("sprawozdanie");
    teacher.complete();

    coordinator.openTask(GROUP_TASKS, caseNumber, "Wystaw zaświadczenie o odbyciu stażu");
    coordinator.type("Numer zaświadczenia", internship.certificateNumber());
    coordinator.date("Data wystawienia", PL.format(internship.afterEnd()));
    coordinator.step("zaswiadczenie");
    coordinator.complete();

    String paid = PL.format(internship.afterEnd());
    TasklistUser accountant = user("accountant");
    accountant.openTask(GROUP_TASKS, caseNumber, "Wypłać stypendium i wynagrodzenie opiekuna");
    assertThat(accountant.value("Stypendium")).matches("[0-9 \u00a0]+,\\d\\d( zł)?");
    accountant.date("Data wypłaty stypendium", paid);
    accountant.date("Data wypłaty wynagrodzenia opiekuna", paid);
    accountant.step("wyplata");
    accountant.complete();
    accountant.step("po-wyplacie");

    HistoricProcessInstance done = ended(instance);
    assertThat(done.getEndActivityId()).isEqualTo("internshipCompleted");
    assertThat(historicVariable(instance.getId(), OUTCOME)).isEqualTo("COMPLETED");
    assertThat(historicVariable(instance.getId(), ACTUAL_HOURS)).isEqualTo((long) internship.hours());
    assertThat(historicVariable(instance.getId(), CERTIFICATE_NUMBER)).isEqualTo(internship.certificateNumber());
    assertThat(historicVariable(instance.getId(), STIPEND_PAID_DATE)).isEqualTo(internship.afterEnd().toString());
    List<String> path = new ArrayList<>(before);
    path.addAll(List.of("confirmPlacement", "approveProgramme", "prepareAgreement", "recordParticipantSignature",
        "recordEmployerSignature", "internshipRunning", "confirmAttendance", "approveReport", "issueCertificate",
        "payStipend"));
    assertThat(userTasksDone(instance)).containsExactlyInAnyOrderElementsOf(path);
  }

  /** The user tasks of the case and of the employer placement it called, as far as the case has come. */
  List<String> userTasksDone(ProcessInstance instance) {
    List<String> ids = new ArrayList<>(List.of(instance.getId()));
    history.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()
        .forEach(p -> ids.add(p.getId()));
    List<String> done = new ArrayList<>();
    for (String id : ids) {
      history.createHistoricActivityInstanceQuery().processInstanceId(id).activityType("userTask").finished().list()
          .forEach(a -> done.add(a.getActivityId()));
    }
    return done;
  }
}
