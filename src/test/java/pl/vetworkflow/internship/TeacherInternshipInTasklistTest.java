package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.TasklistCaseTest;
import pl.vetworkflow.testsupport.TasklistUser;

/**
 * A teacher internship worked from the start form to its end only in Tasklist, as the demo users do:
 * school1 applies for its teacher, the programme office approves, employer1 takes the teacher on, the
 * agreement is prepared and signed, the planned end passes, employer1 confirms the hours and the
 * programme office issues the confirmation. Each finds the task by the case number on its card.
 * Screenshots: target/screenshots/teacher-internship-*.png.
 */
class TeacherInternshipInTasklistTest extends TasklistCaseTest {
  static final String PESEL = Pesel.of(LocalDate.of(1979, 6, 21), 4417).value();
  static final String TEACHER = "Krystyna Sobczak";

  @Test
  void schoolOfficeAndEmployerCompleteATeacherInternshipInTasklist() {
    newCase("teacher-internship");
    logIn("school1", "coordinator", "employer1");
    today(LocalDate.of(2026, 3, 2));
    TasklistUser school = user("school1");
    TasklistUser coordinator = user("coordinator");
    TasklistUser employer = user("employer1");
    school.startProcess("Staż nauczyciela u pracodawcy");
    school.type("Imię nauczyciela", "Krystyna");
    school.type("Nazwisko nauczyciela", "Sobczak");
    school.type("PESEL nauczyciela", PESEL);
    school.type("Nauczane przedmioty zawodowe", "pracownia elektryczna, maszyny elektryczne");
    school.type("Zawód, w którym odbędzie się staż", "technik elektryk");
    school.type("E-mail nauczyciela", "k.sobczak@zs1.opole.example.pl");
    school.type("Telefon nauczyciela", "604 218 337");
    school.tick("Nauczyciel prowadzi kształcenie zawodowe");
    school.choose("Preferowany pracodawca", "Opolskie Zakłady");
    school.date("Planowana data rozpoczęcia stażu", "13.04.2026");
    school.date("Planowana data zakończenia stażu", "17.04.2026");
    school.type("Planowana liczba godzin stażu", "40");
    school.choose("Wykształcenie uczestnika", "ISCED 5–8");
    school.choose("Osoba z niepełnosprawnościami", "nie");
    school.tick("Nauczyciel otrzymał klauzulę informacyjną");
    school.step("wniosek");
    school.submitStartForm();
    school.step("wniosek-zlozony");

    ProcessInstance instance = caseWith(PROCESS_KEY, TEACHER_PESEL, PESEL);
    String caseNumber = instance.getBusinessKey();
    // the card tells the case: its number, and whom it is about
    assertThat(coordinator.card(GROUP_TASKS, caseNumber, "Rozpatrz wniosek o staż nauczyciela")).contains(TEACHER);

    coordinator.openTask(GROUP_TASKS, caseNumber, "Rozpatrz wniosek o staż nauczyciela");
    coordinator.tick("Zatwierdzam");
    coordinator.step("ocena-wniosku");
    coordinator.complete();

    employer.openTask(GROUP_TASKS, caseNumber, "Potwierdź przyjęcie na staż");
    employer.tick("Przyjmujemy na staż");
    employer.type("Opiekun stażysty", "Marek Wójcik");
    employer.type("E-mail opiekuna", "m.wojcik@ozm.example.pl");
    employer.type("Telefon opiekuna", "77 441 20 15");
    employer.type("Miejsce odbywania stażu", "Opole, ul. Światowida 5, dział utrzymania ruchu, stanowisko elektryka");
    employer.step("przyjecie-na-staz");
    employer.complete();

    coordinator.openTask(GROUP_TASKS, caseNumber, "Przygotuj umowę o staż nauczyciela");
    coordinator.type("Numer umowy", "UM/SN/2026/41");
    coordinator.date("Data sporządzenia umowy", "02.03.2026");
    coordinator.step("umowa");
    coordinator.complete();

    school.openTask(GROUP_TASKS, caseNumber, "Potwierdź podpis umowy przez nauczyciela");
    school.attachScan("Podpisana umowa (skan)");
    school.date("Data podpisu nauczyciela", "02.03.2026");
    school.step("podpis-nauczyciela");
    school.complete();

    employer.openTask(GROUP_TASKS, caseNumber, "Potwierdź podpis umowy przez pracodawcę");
    employer.attachScan("Podpisana umowa (skan)");
    employer.type("Umowę podpisał", "Anna Kowalczyk, prezes zarządu");
    employer.date("Data podpisu", "02.03.2026");
    employer.step("podpis-pracodawcy");
    employer.complete();

    // while the internship runs the school sees it and could report a dropout; it does not
    school.openTask(GROUP_TASKS, caseNumber, "Staż nauczyciela w toku");
    school.step("staz-w-toku");

    // the planned end passes: the engine's clock moves past 17.04.2026 and the due timer job runs
    today(LocalDate.of(2026, 4, 20));
    fireTimer(instance, "plannedEndReached");

    employer.openTask(GROUP_TASKS, caseNumber, "Potwierdź odbycie stażu przez nauczyciela");
    employer.date("Faktyczna data rozpoczęcia", "13.04.2026");
    employer.date("Faktyczna data zakończenia", "17.04.2026");
    employer.type("Liczba zrealizowanych godzin", "40");
    employer.type("Zadania wykonywane przez nauczyciela",
        "Przeglądy i pomiary silników indukcyjnych, diagnostyka falowników, programowanie sterownika PLC linii pakującej.");
    employer.step("odbycie-stazu");
    employer.complete();

    coordinator.openTask(GROUP_TASKS, caseNumber, "Wystaw zaświadczenie o odbyciu stażu");
    coordinator.type("Numer zaświadczenia", "ZN/2026/118");
    coordinator.date("Data wystawienia", "20.04.2026");
    coordinator.step("zaswiadczenie");
    coordinator.complete();
    coordinator.step("zaswiadczenie-wystawione");

    HistoricProcessInstance done = ended(instance);
    assertThat(done.getEndActivityId()).isEqualTo("internshipCompleted");
    assertThat(historicVariable(done.getId(), PLANNED_START_DATE)).isEqualTo("2026-04-13");
    assertThat(historicVariable(done.getId(), PARTICIPANT_NAME)).isEqualTo(TEACHER);
    assertThat(historicVariable(done.getId(), EMPLOYER_ID)).isEqualTo("1");
    assertThat(historicVariable(done.getId(), ACTUAL_HOURS)).isEqualTo(40L);
    assertThat(historicVariable(done.getId(), CERTIFICATE_NUMBER)).isEqualTo("ZN/2026/118");
    assertThat(historicVariable(done.getId(), CERTIFICATE_DATE)).isEqualTo("2026-04-20");
  }
}
