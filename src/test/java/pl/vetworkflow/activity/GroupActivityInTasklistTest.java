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
}
