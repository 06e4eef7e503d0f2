package pl.vetworkflow.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.support.SupportRegistry;
import pl.vetworkflow.testsupport.TasklistCaseTest;
import pl.vetworkflow.testsupport.TasklistUser;

/**
 * Key-competence classes worked from the plan to their end only in Tasklist, as the demo users do:
 * school1 plans four ICT meetings, the programme office approves, school1 enrols two new pupils,
 * records their attendance (four of four: supported; two of four: below the share of 0,8) and closes
 * the classes with their outcome. Screenshots: target/screenshots/group-activity-*.png.
 */
class GroupActivityInTasklistTest extends TasklistCaseTest {
  static final String TITLE = "Programowanie w Pythonie dla klas technikum";
  static final String FAIR = "Opolskie Targi Zawodów 2026";

  @Autowired GroupActivitySupports supports;

  @Test
  void schoolPlansTheOfficeApprovesAndTheSchoolRecordsAttendanceInTasklist() {
    newCase("group-activity");
    logIn("school1", "coordinator");
    today(LocalDate.of(2026, 3, 2));
    TasklistUser school = user("school1");
    TasklistUser coordinator = user("coordinator");
    String first = Pesel.of(LocalDate.of(2009, 2, 11), 4827).value();
    String second = Pesel.of(LocalDate.of(2008, 11, 30), 5113).value();

    school.startProcess("Zajęcia grupowe i wydarzenia");
    school.choose("Rodzaj zajęć lub wydarzenia", "Zajęcia z kompetencji kluczowych");
    school.choose("Obszar kompetencji kluczowych", "Kompetencje cyfrowe (ICT)");
    school.type("Tytuł lub temat", TITLE);
    school.date("Data rozpoczęcia", "16.03.2026");
    school.date("Data zakończenia", "30.03.2026");
    school.type("Liczba spotkań", "4");
    school.type("Liczba godzin (łącznie)", "12");
    school.type("Miejsce", "Pracownia informatyczna, sala 21");
    school.type("Planowana liczba uczestników", "12");
    school.type("Planowany koszt (zł)", "3600,00");
    school.step("plan");
    school.submitStartForm();
    school.step("plan-zlozony");
    ProcessInstance instance = caseWith(GroupActivityVariables.PROCESS_KEY, GroupActivityVariables.ACTIVITY_TITLE, TITLE);
    String caseNumber = instance.getBusinessKey();
    assertThat(caseNumber).matches("ZG/2026/\\d{4}");

    coordinator.openTask(GROUP_TASKS, caseNumber, "Zatwierdź plan zajęć");
    coordinator.tick("Zatwierdzam");
    coordinator.step("zatwierdzenie");
    coordinator.complete();

    school.openTask(GROUP_TASKS, caseNumber, "Zapisz uczestników");
    school.row("Uczestnicy", 1).type("PESEL nowej osoby", first).type("Imię", "Maja").type("Nazwisko", "Kowalczyk")
        .tick("Uczestnik otrzymał i potwierdził klauzulę informacyjną o przetwarzaniu danych osobowych");
    school.addRow("Uczestnicy").type("PESEL nowej osoby", second).type("Imię", "Oskar").type("Nazwisko", "Ślęzak")
        .tick("Uczestnik otrzymał i potwierdził klauzulę informacyjną o przetwarzaniu danych osobowych");
    school.step("uczestnicy");
    school.complete();

    today(LocalDate.of(2026, 3, 31));
    school.openTask(GROUP_TASKS, caseNumber, "Wprowadź obecność na zajęciach");
    assertThat(school.row("Obecność uczestników", 1).value("Uczestnik")).contains("Kowalczyk");
    school.row("Obecność uczestników", 1).type("Liczba obecności (spotkań)", "4");
    school.row("Obecność uczestników", 2).type("Liczba obecności (spotkań)", "2");
    school.step("obecnosc");
    school.complete();

    school.openTask(GROUP_TASKS, caseNumber, "Zamknij zajęcia i podsumuj rezultat");
    assertThat(school.value("Liczba uczestników, którzy otrzymali wsparcie")).isEqualTo("1");
    school.type("Rezultat zajęć lub wydarzenia",
        "Uczniowie napisali własne skrypty automatyzujące pomiary w pracowni; jedna osoba opuściła dwa spotkania.");
    school.step("zamkniecie");
    school.complete();

    HistoricProcessInstance done = ended(instance);
    assertThat(done.getState()).isEqualTo("COMPLETED");
    assertThat(supports.ofCase(caseNumber)).extracting(s -> s.pesel() + ":" + s.status()).containsExactlyInAnyOrder(
        first + ":" + SupportRegistry.Status.COMPLETED, second + ":" + SupportRegistry.Status.NOT_COMPLETED);
  }

  /**
   * A regional job fair the programme office plans without a school, approves, enrols visitors to and
   * closes, only in Tasklist: a visitor present at its one meeting is supported, an absent one is not.
   */
  @Test
  void theOfficeRunsARegionalJobFairInTasklist() {
    newCase("group-activity-fair");
    logIn("coordinator");
    today(LocalDate.of(2026, 4, 1));
    TasklistUser office = user("coordinator");
    String present = Pesel.of(LocalDate.of(2008, 6, 14), 3391).value();
    String absent = Pesel.of(LocalDate.of(2009, 1, 8), 7724).value();

    office.startProcess("Zajęcia grupowe i wydarzenia");
    office.choose("Rodzaj zajęć lub wydarzenia", "Targi pracy lub edukacyjne");
    office.type("Tytuł lub temat", FAIR);
    office.date("Data rozpoczęcia", "22.04.2026");
    office.date("Data zakończenia", "22.04.2026");
    office.type("Liczba spotkań", "1");
    office.type("Liczba godzin (łącznie)", "5");
    office.type("Miejsce", "Centrum Wystawienniczo-Kongresowe, Opole");
    office.type("Planowana liczba uczestników", "300");
    office.type("Planowany koszt (zł)", "18000,00");
    office.step("targi-plan");
    office.submitStartForm();
    ProcessInstance instance = caseWith(GroupActivityVariables.PROCESS_KEY, GroupActivityVariables.ACTIVITY_TITLE, FAIR);
    String caseNumber = instance.getBusinessKey();
    assertThat(runtime.getVariable(instance.getId(), GroupActivityVariables.REGIONAL)).isEqualTo(true);

    office.openTask(GROUP_TASKS, caseNumber, "Zatwierdź plan zajęć");
    office.tick("Zatwierdzam");
    office.complete();

    office.openTask(GROUP_TASKS, caseNumber, "Zapisz uczestników");
    office.row("Uczestnicy", 1).type("PESEL nowej osoby", present).type("Imię", "Natalia").type("Nazwisko", "Targowska")
        .tick("Uczestnik otrzymał i potwierdził klauzulę informacyjną o przetwarzaniu danych osobowych");
    office.addRow("Uczestnicy").type("PESEL nowej osoby", absent).type("Imię", "Igor").type("Nazwisko", "Nieobecny")
        .tick("Uczestnik otrzymał i potwierdził klauzulę informacyjną o przetwarzaniu danych osobowych");
    office.step("targi-uczestnicy");
    office.complete();

    today(LocalDate.of(2026, 4, 23));
    office.openTask(GROUP_TASKS, caseNumber, "Wprowadź obecność na zajęciach");
    office.row("Obecność uczestników", 1).type("Liczba obecności (spotkań)", "1");
    office.row("Obecność uczestników", 2).type("Liczba obecności (spotkań)", "0");
    office.complete();

    office.openTask(GROUP_TASKS, caseNumber, "Zamknij zajęcia i podsumuj rezultat");
    assertThat(office.value("Liczba uczestników, którzy otrzymali wsparcie")).isEqualTo("1");
    office.type("Rezultat zajęć lub wydarzenia", "Targi odwiedziło 280 uczniów; 42 pracodawców przedstawiło oferty staży.");
    office.step("targi-zamkniecie");
    office.complete();

    assertThat(ended(instance).getState()).isEqualTo("COMPLETED");
    assertThat(supports.ofCase(caseNumber)).extracting(s -> s.pesel() + ":" + s.status()).containsExactlyInAnyOrder(
        present + ":" + SupportRegistry.Status.COMPLETED, absent + ":" + SupportRegistry.Status.NOT_COMPLETED);
  }
}
