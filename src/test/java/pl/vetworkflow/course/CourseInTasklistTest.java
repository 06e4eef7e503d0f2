package pl.vetworkflow.course;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.course.CourseVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.vetworkflow.identity.Grants;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.CoverageGrants;
import pl.vetworkflow.testsupport.TasklistCaseTest;
import pl.vetworkflow.testsupport.TasklistUser;
import pl.vetworkflow.testsupport.TasklistUser.Row;
import pl.vetworkflow.validation.JsonRows;

/**
 * A course case of each kind worked from the start form to its end only in Tasklist (headless
 * Chromium), as the demo users do it: start form, the programme office's decision, supplier selection
 * and the kurator's approval (PNZ), enrolment of 12 participants as list rows (four picked from the
 * participant registry, eight new with PESEL and names), results per participant and their
 * confirmation. Every step is a screenshot under target/screenshots/course-<kind>-NN-<step>.png and
 * is checked for English text, US dates and error notifications. The engine's state is checked through
 * the Java API after the clicks.
 */
class CourseInTasklistTest extends TasklistCaseTest {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final LocalDate START = LocalDate.of(2026, 4, 13);
  static final LocalDate END = LocalDate.of(2026, 4, 24);
  static final DateTimeFormatter PL = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final String PARTICIPANTS_LIST = "Uczestnicy";
  static final String RESULTS_LIST = "Wyniki uczestników";

  @Autowired CourseRegistry courses;
  @Autowired ParticipantRegistry registry;
  @Autowired Grants grants;

  /** A participant: {@code inRegistry} people were registered earlier (another course) and are picked by name. */
  record Person(String firstName, String lastName, LocalDate birth, int serial, boolean inRegistry, int attendance,
      boolean examPassed) {
    String pesel() {
      return Pesel.of(birth, serial).value();
    }

    String name() {
      return firstName + " " + lastName;
    }

    /** As the registry's list shows the person. */
    String registryLabel() {
      return lastName + " " + firstName + ", ur. " + PL.format(birth);
    }

    boolean completes(CourseKind kind) {
      return attendance >= 80 && (!kind.hasExam() || examPassed);
    }
  }

  static Person p(String first, String last, String birth, int serial, boolean inRegistry, int attendance) {
    return new Person(first, last, LocalDate.parse(birth), serial, inRegistry, attendance, true);
  }

  static Person failedExam(Person p) {
    return new Person(p.firstName, p.lastName, p.birth, p.serial, p.inRegistry, p.attendance, false);
  }

  // Serials: odd last digit for men, even for women (PESEL's sex digit).
  static final List<Person> QUALIFICATION_PUPILS = List.of(
      p("Jan", "Kowalski", "2008-05-14", 1011, true, 95),
      p("Anna", "Nowak", "2008-11-02", 2022, true, 100),
      p("Dawid", "Wiśniewski", "2009-01-30", 3031, true, 90),
      p("Katarzyna", "Wójcik", "2008-07-07", 4042, true, 85),
      p("Tomasz", "Kamiński", "2008-03-21", 5051, false, 100),
      p("Magdalena", "Lewandowska", "2009-02-11", 6062, false, 92),
      p("Michał", "Zieliński", "2008-09-09", 7071, false, 65),
      failedExam(p("Agnieszka", "Szymańska", "2008-12-24", 8082, false, 88)),
      p("Paweł", "Woźniak", "2008-06-01", 9091, false, 97),
      p("Joanna", "Dąbrowska", "2009-04-17", 1102, false, 81),
      p("Krzysztof", "Kozłowski", "2008-10-30", 1211, false, 100),
      p("Natalia", "Jankowska", "2009-03-05", 1302, false, 90));
  static final List<Person> COMPETENCE_PUPILS = List.of(
      p("Kacper", "Mazur", "2008-04-12", 2111, true, 100),
      p("Julia", "Krawczyk", "2008-08-19", 2122, true, 95),
      p("Szymon", "Piotrowski", "2009-01-03", 2131, true, 70),
      p("Zuzanna", "Grabowska", "2008-02-28", 2142, true, 90),
      p("Jakub", "Nowakowski", "2008-05-05", 2151, false, 100),
      p("Maja", "Pawłowska", "2009-06-16", 2162, false, 85),
      p("Filip", "Michalski", "2008-11-11", 2171, false, 100),
      p("Oliwia", "Nowicka", "2008-07-23", 2182, false, 60),
      p("Bartosz", "Adamczyk", "2009-02-02", 2191, false, 92),
      p("Wiktoria", "Dudek", "2008-09-14", 2202, false, 88),
      p("Mateusz", "Zając", "2008-12-08", 2211, false, 100),
      p("Aleksandra", "Wieczorek", "2009-05-27", 2222, false, 96));
  static final List<Person> TEACHERS = List.of(
      p("Marta", "Lis", "1980-02-20", 5052, true, 100),
      p("Andrzej", "Jabłoński", "1975-06-13", 5061, true, 95),
      p("Beata", "Król", "1983-10-01", 5072, true, 90),
      p("Grzegorz", "Majewski", "1978-01-25", 5081, true, 85),
      p("Ewa", "Olszewska", "1986-04-09", 5092, false, 100),
      p("Robert", "Jaworski", "1979-08-30", 5101, false, 75),
      p("Iwona", "Wróbel", "1990-12-12", 5112, false, 100),
      p("Marek", "Malinowski", "1972-03-18", 5121, false, 90),
      p("Dorota", "Pawlak", "1984-07-07", 5132, false, 100),
      p("Sławomir", "Witkowski", "1981-05-22", 5141, false, 82),
      p("Renata", "Walczak", "1977-11-03", 5152, false, 50),
      p("Wojciech", "Stępień", "1988-09-19", 5161, false, 94));
  static final List<Person> INSTRUCTORS = List.of(
      p("Adam", "Górski", "1975-09-09", 6061, true, 100),
      p("Ewelina", "Rutkowska", "1988-12-01", 7072, true, 96),
      p("Zbigniew", "Michalak", "1970-03-03", 8081, true, 90),
      p("Halina", "Sikora", "1968-06-30", 8092, true, 100),
      p("Łukasz", "Ostrowski", "1985-01-15", 8101, false, 85),
      p("Monika", "Baran", "1991-02-14", 8112, false, 100),
      p("Dariusz", "Duda", "1973-07-27", 8121, false, 40),
      p("Elżbieta", "Szewczyk", "1966-10-10", 8132, false, 92),
      p("Rafał", "Tomaszewski", "1982-04-04", 8141, false, 100),
      p("Barbara", "Pietrzak", "1979-08-08", 8152, false, 88),
      p("Jacek", "Marciniak", "1976-12-31", 8161, false, 79),
      p("Anna", "Wróblewska", "1987-05-05", 8172, false, 100));

  @BeforeEach
  void planned() {
    today(TODAY);
    CoverageGrants.letWorkingRolesReadDefinitions(grants);
  }

  @Test
  void studentQualificationCourse() {
    schoolCourse(CourseKind.STUDENT_QUALIFICATION_COURSE, "Kurs kwalifikacyjny dla uczniów",
        "Kwalifikacja MEC.08 – obróbka skrawaniem CNC", "technik mechanik", QUALIFICATION_PUPILS);
  }

  @Test
  void studentCompetenceCourse() {
    schoolCourse(CourseKind.STUDENT_COMPETENCE_COURSE, "Kurs kompetencyjny dla uczniów",
        "Spawanie metodą MAG (135)", "ślusarz", COMPETENCE_PUPILS);
  }

  @Test
  void teacherCourse() {
    schoolCourse(CourseKind.TEACHER_COURSE, "Kurs dla nauczycieli",
        "Programowanie obrabiarek CNC dla nauczycieli przedmiotów zawodowych", null, TEACHERS);
  }

  /** School 1 requests, the programme office approves with the provider under contract, school 1 works the rest. */
  void schoolCourse(CourseKind kind, String kindOption, String topic, String profession, List<Person> people) {
    newCase("course-" + kind.name().toLowerCase().replace('_', '-'));
    register(people, kind.participantType(), "1");
    logIn("school1", "coordinator");
    TasklistUser school = user("school1");
    TasklistUser office = user("coordinator");
    school.startProcess("Kurs");
    school.step("start-form-empty");
    fillRequest(school, kindOption, topic, profession, "60");
    school.step("start-form-filled");
    school.submitStartForm();
    String caseNumber = caseNumber(topic);

    office.openTask(GROUP_TASKS, caseNumber, "Rozpatrz wniosek o kurs");
    office.step("review");
    office.tick("Zatwierdzam");
    if (kind == CourseKind.TEACHER_COURSE) {
      // the teachers' target is 10 course places: 12 need the office's conscious decision
      office.sees("liczba miejsc przekracza pozostały cel programu");
      office.tick("Zatwierdzam kurs ponad pozostały cel programu");
      office.type("Uzasadnienie przekroczenia celu", "Dwie szkoły zgłosiły dodatkowych nauczycieli zawodu.");
    }
    assertThat(kind == CourseKind.TEACHER_COURSE || !office.text().contains("przekracza pozostały cel programu"))
        .as("12 places are within the pupils' target").isTrue();
    office.tick("Organizator z obowiązującą umową");
    office.type("Organizator kursu (nazwa)", "Centrum Kształcenia Zawodowego w Opolu");
    office.type("Numer obowiązującej umowy", "UM/2026/005");
    office.step("review-approved");
    office.complete();

    enrolAndFinish(kind, caseNumber, people, school, school, office);
    assertCaseCompleted(kind, topic, people);
  }

  @Test
  void pnzInstructorCourse() {
    CourseKind kind = CourseKind.PNZ_INSTRUCTOR_COURSE;
    String topic = "Kurs pedagogiczny dla instruktorów praktycznej nauki zawodu";
    newCase("course-pnz-instructor-course");
    register(INSTRUCTORS, ParticipantType.INSTRUCTOR, null);
    TasklistUser office = user("coordinator");
    office.startProcess("Kurs");
    office.step("start-form-empty");
    fillRequest(office, "Kurs instruktora praktycznej nauki zawodu", topic, null, "48");
    office.step("start-form-filled");
    office.submitStartForm();
    String caseNumber = caseNumber(topic);
    ProcessInstance pi = instance(caseNumber);

    office.openTask(GROUP_TASKS, caseNumber, "Rozpatrz wniosek o kurs");
    office.tick("Zatwierdzam");
    office.tick("Wybór organizatora w postępowaniu");
    office.step("review-procurement");
    office.complete();

    // supplier selection (called process, the same case number)
    office.openTask(GROUP_TASKS, caseNumber, "Zarejestruj zapytanie ofertowe");
    office.date("Data publikacji lub wysłania zapytania", PL.format(TODAY));
    office.date("Termin składania ofert", PL.format(TODAY.plusDays(10)));
    office.type("Dostawcy, do których wysłano zapytanie", "Ośrodek Szkoleniowy A, Centrum Szkoleń B, Akademia C");
    office.step("enquiry");
    office.complete();
    // the offers come in until the deadline: time passes through the engine, which runs the due timer
    today(TODAY.plusDays(11));
    fireTimer(pi, "offerDeadlineReached");

    office.openTask(GROUP_TASKS, caseNumber, "Zarejestruj oferty i wybierz wykonawcę");
    office.tick("Tak, wpłynęły oferty");
    Row offer = office.row("Otrzymane oferty", 1);
    offer.type("Wykonawca", "Opolskie Centrum Szkoleń sp. z o.o.");
    offer.type("NIP", "7680002466");
    offer.type("Cena netto", "11500");
    offer.type("Cena brutto", "11500");
    offer.type("Punkty (0–100)", "100");
    office.choose("Wybrana oferta", "Opolskie Centrum Szkoleń");
    office.type("Uzasadnienie wyboru", "Jedyna oferta spełniająca wymagania, cena w budżecie.");
    office.step("offers");
    office.complete();

    office.openTask(GROUP_TASKS, caseNumber, "Zarejestruj umowę z wykonawcą");
    office.type("Numer umowy", "UM/2026/PNZ/3");
    office.date("Data zawarcia umowy", PL.format(TODAY.plusDays(11)));
    office.type("Wartość umowy netto", "11500");
    office.type("Wartość umowy brutto", "11500");
    office.date("Termin dostawy", PL.format(END));
    office.step("contract");
    office.complete();

    office.openTask(GROUP_TASKS, caseNumber, "Wprowadź zatwierdzenie programu kursu PNZ");
    office.tick("Program zatwierdzony");
    office.type("Numer (znak) zatwierdzenia", "OKO-IV.5563.12.2026");
    office.date("Data zatwierdzenia", PL.format(TODAY.plusDays(11)));
    office.type("Liczba godzin zatwierdzonego programu", "48");
    office.step("kurator-approval");
    office.complete();

    enrolAndFinish(kind, caseNumber, INSTRUCTORS, office, office, office);
    assertCaseCompleted(kind, topic, INSTRUCTORS);
    assertThat(courses.find(caseAbout(topic).getBusinessKey())).get().satisfies(c -> {
      assertThat(c.providerName()).isEqualTo("Opolskie Centrum Szkoleń sp. z o.o.");
      assertThat(c.contractNumber()).isEqualTo("UM/2026/PNZ/3");
      assertThat(c.kuratorApprovalNumber()).isEqualTo("OKO-IV.5563.12.2026");
      assertThat(c.programmeHours()).isEqualTo(48);
    });
  }

  // ---------------------------------------------------------------- the steps every kind shares

  void fillRequest(TasklistUser user, String kindOption, String topic, String profession, String hours) {
    user.choose("Rodzaj kursu", kindOption);
    user.type("Temat kursu", topic);
    if (profession != null) {
      user.type("Zawód, z którym związany jest kurs", profession);
    }
    user.type("Planowana liczba godzin", hours);
    user.date("Planowana data rozpoczęcia", PL.format(START));
    user.date("Planowana data zakończenia", PL.format(END));
    user.type("Liczba miejsc (uczestników)", "12");
    user.type("Uzasadnienie potrzeby kursu", "Potrzeba zgłoszona przez pracodawców regionu opolskiego.");
    user.type("Szacunkowy koszt kursu (zł netto)", "12000");
  }

  /** Enrolment of the 12, the course's time, results and their confirmation. */
  void enrolAndFinish(CourseKind kind, String caseNumber, List<Person> people, TasklistUser enrols,
      TasklistUser recordsResults, TasklistUser office) {
    ProcessInstance pi = instance(caseNumber);
    enrols.openTask(GROUP_TASKS, caseNumber, "Zapisz uczestników kursu");
    enrols.step("enrolment-empty");
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      Row row = i == 0 ? enrols.row(PARTICIPANTS_LIST, 1) : enrols.addRow(PARTICIPANTS_LIST);
      if (person.inRegistry()) {
        row.choose("Osoba z rejestru uczestników", person.registryLabel());
      } else {
        row.type("PESEL nowej osoby", person.pesel()).type("Imię", person.firstName()).type("Nazwisko", person.lastName());
      }
      row.tick("Uczestnik otrzymał i potwierdził klauzulę informacyjną");
    }
    assertThat(enrols.rowCount(PARTICIPANTS_LIST)).isEqualTo(12);
    enrols.step("enrolment-12-rows");
    enrols.complete();
    assertThat(courses.active(pi.getBusinessKey())).extracting(CourseRegistry.Enrolment::pesel)
        .containsExactlyInAnyOrderElementsOf(people.stream().map(Person::pesel).toList());

    // nobody withdraws before the start: the course's start day comes (time passes through the engine:
    // the clock moves and the due timer job of the changes task runs), then its end day
    today(START);
    fireTimer(pi, "courseStarts");
    today(END.plusDays(2));
    fireTimer(pi, "courseEnded");

    recordsResults.openTask(GROUP_TASKS, caseNumber, "Wprowadź wyniki kursu od organizatora");
    recordsResults.step("results-prefilled");
    Map<String, Person> byName = people.stream().collect(Collectors.toMap(Person::name, Function.identity()));
    int certificate = 1;
    for (int n = 1; n <= people.size(); n++) {
      Row row = recordsResults.row(RESULTS_LIST, n);
      Person person = byName.get(row.value("Uczestnik"));
      assertThat(person).as("row " + n + " shows an enrolled participant").isNotNull();
      row.type("Frekwencja (%)", String.valueOf(person.attendance()));
      if (kind.hasExam()) {
        row.choose("Egzamin", person.examPassed() ? "zdany" : "niezdany");
      }
      if (person.completes(kind)) {
        row.type("Nr zaświadczenia", String.format("ZAŚ/2026/%03d", certificate++));
        row.date("Data zaświadczenia", PL.format(END));
      }
    }
    recordsResults.step("results-12-rows");
    recordsResults.complete();

    office.openTask(GROUP_TASKS, caseNumber, "Zatwierdź wyniki kursu");
    office.step("results-confirmation");
    long completing = people.stream().filter(p -> p.completes(kind)).count();
    assertThat(office.value("Wyniki i zaświadczenia"))
        .startsWith("Ukończyło " + completing + " z 12 uczestników.")
        .contains("zaświadczenie nr ZAŚ/2026/001 z " + PL.format(END))
        .doesNotContain(END.toString());
    office.tick("Zatwierdzam wyniki");
    office.complete();
    office.step("done");
  }

  void assertCaseCompleted(CourseKind kind, String topic, List<Person> people) {
    HistoricProcessInstance ended = caseAbout(topic);
    assertThat(ended.getEndTime()).as("case ended").isNotNull();
    assertThat(ended.getEndActivityId()).isEqualTo("courseCompleted");
    assertThat(courses.find(ended.getBusinessKey()).orElseThrow().status()).isEqualTo(CourseRegistry.CourseStatus.COMPLETED);

    // the results as typed are the case's results
    List<Map<String, Object>> results = JsonRows.of(history.createHistoricVariableInstanceQuery()
        .processInstanceId(ended.getId()).variableName(COURSE_RESULTS).singleResult().getValue());
    assertThat(results).hasSize(12);

    // each participant registered with the kind's type, and completed or not as their results say
    Map<String, CourseRegistry.Enrolment> enrolments = courses.enrolments(ended.getBusinessKey()).stream()
        .collect(Collectors.toMap(CourseRegistry.Enrolment::pesel, Function.identity()));
    assertThat(enrolments).hasSize(12);
    for (Person person : people) {
      Participant registered = registry.findByPesel(person.pesel()).orElseThrow();
      assertThat(registered.type()).as(person.name()).isEqualTo(kind.participantType());
      assertThat(registered.lastName()).isEqualTo(person.lastName());
      CourseRegistry.Enrolment enrolment = enrolments.get(person.pesel());
      assertThat(enrolment.attendancePercent().intValue()).as(person.name()).isEqualTo(person.attendance());
      assertThat(enrolment.status()).as(person.name()).isEqualTo(person.completes(kind)
          ? CourseRegistry.EnrolmentStatus.COMPLETED : CourseRegistry.EnrolmentStatus.NOT_COMPLETED);
      assertThat(enrolment.certificateNumber() != null).as(person.name() + " has a certificate")
          .isEqualTo(person.completes(kind));
    }
  }

  // ---------------------------------------------------------------- engine side

  /** People of earlier courses, already in the participant registry. */
  void register(List<Person> people, ParticipantType type, String schoolId) {
    people.stream().filter(Person::inRegistry).forEach(p -> registry.register(p.pesel(), p.firstName(), p.lastName(),
        type, schoolId, TODAY.minusMonths(2)));
  }

  /** The case number the user reads on the card (the test only reads it, the user never types it). */
  String caseNumber(String topic) {
    return caseWith(PROCESS_KEY, TOPIC, topic).getBusinessKey();
  }

  ProcessInstance instance(String caseNumber) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNumber)
        .singleResult();
  }

  /** The case about {@code topic}, running or ended. */
  HistoricProcessInstance caseAbout(String topic) {
    String id = history.createHistoricVariableInstanceQuery().variableName(TOPIC).variableValueEquals(TOPIC, topic)
        .list().get(0).getProcessInstanceId();
    return history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
  }

}
