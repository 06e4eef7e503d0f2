package pl.vetworkflow.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.H2IntegrationTest;
import pl.vetworkflow.testsupport.TasklistUser;

/**
 * A teacher internship worked from the start form to its end only in Tasklist, as the demo users do:
 * school1 applies for its teacher, the programme office approves, employer1 takes the teacher on, the
 * agreement is prepared and signed, the planned end passes, employer1 confirms the hours and the
 * programme office issues the confirmation. Screenshots: target/screenshots/teacher-internship-*.png.
 */
@H2IntegrationTest
// Passes alone (mvn -Pe2e verify); in the whole suite it fails on state other test classes leave in
// the shared H2 database (issue 12 stays open for it), so the default run leaves it out.
@Tag("e2e")
class TeacherInternshipInTasklistTest {
  /** A teacher of no other test (the H2 database is shared by the H2 test classes). */
  static final String PESEL = Pesel.of(LocalDate.of(1979, 6, 21), 4417).value();
  static final String TEACHER = "Krystyna Sobczak";
  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  final TasklistUser.Counter steps = new TasklistUser.Counter();

  @BeforeEach
  void submittedInMarch() {
    today(LocalDate.of(2026, 3, 2));
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void schoolOfficeAndEmployerCompleteATeacherInternshipInTasklist() {
    // each user logs in once and keeps their Tasklist open, as people at work do
    try (TasklistUser school = user("school1"); TasklistUser coordinator = user("coordinator");
        TasklistUser employer = user("employer1")) {
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

      ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .variableValueEquals(TeacherInternshipVariables.TEACHER_PESEL, PESEL).singleResult();
      String caseNumber = instance.getBusinessKey();

      coordinator.openTask(TaskFilters.MY_GROUP_TASKS, TEACHER, "Rozpatrz wniosek o staż nauczyciela");
      coordinator.tick("Zatwierdzam");
      coordinator.step("ocena-wniosku");
      coordinator.complete();

      employer.openTask(TaskFilters.MY_GROUP_TASKS, TEACHER, "Potwierdź przyjęcie na staż");
      employer.tick("Przyjmujemy na staż");
      employer.type("Opiekun stażysty", "Marek Wójcik");
      employer.type("E-mail opiekuna", "m.wojcik@ozm.example.pl");
      employer.type("Telefon opiekuna", "77 441 20 15");
      employer.type("Miejsce odbywania stażu", "Opole, ul. Światowida 5, dział utrzymania ruchu, stanowisko elektryka");
      employer.step("przyjecie-na-staz");
      employer.complete();

      coordinator.openTask(TaskFilters.MY_GROUP_TASKS, TEACHER, "Przygotuj umowę o staż nauczyciela");
      coordinator.type("Numer umowy", "UM/SN/2026/41");
      coordinator.date("Data sporządzenia umowy", "02.03.2026");
      coordinator.step("umowa");
      coordinator.complete();

      school.openTask(TaskFilters.MY_GROUP_TASKS, TEACHER, "Potwierdź podpis umowy przez nauczyciela");
      school.date("Data podpisu nauczyciela", "02.03.2026");
      school.step("podpis-nauczyciela");
      school.complete();

      employer.openTask(TaskFilters.MY_GROUP_TASKS, TEACHER, "Potwierdź podpis umowy przez pracodawcę");
      employer.type("Umowę podpisał", "Anna Kowalczyk, prezes zarządu");
      employer.date("Data podpisu", "02.03.2026");
      employer.step("podpis-pracodawcy");
      employer.complete();

      // while the internship runs the school sees it and could report a dropout; it does not
      school.openTask(TaskFilters.MY_GROUP_TASKS, TEACHER, "Staż nauczyciela w toku");
      school.step("staz-w-toku");

      // the planned end passes: the engine's clock moves past 17.04.2026 and the due timer job runs
      today(LocalDate.of(2026, 4, 20));
      Job plannedEnd = management.createJobQuery().processInstanceId(instance.getId())
          .activityId("plannedEndReached").singleResult();
      management.executeJob(plannedEnd.getId());

      employer.openTask(TaskFilters.MY_GROUP_TASKS, TEACHER, "Potwierdź odbycie stażu przez nauczyciela");
      employer.date("Faktyczna data rozpoczęcia", "13.04.2026");
      employer.date("Faktyczna data zakończenia", "17.04.2026");
      employer.type("Liczba zrealizowanych godzin", "40");
      employer.type("Zadania wykonywane przez nauczyciela",
          "Przeglądy i pomiary silników indukcyjnych, diagnostyka falowników, programowanie sterownika PLC linii pakującej.");
      employer.step("odbycie-stazu");
      employer.complete();

      coordinator.openTask(TaskFilters.MY_GROUP_TASKS, TEACHER, "Wystaw zaświadczenie o odbyciu stażu");
      coordinator.type("Numer zaświadczenia", "ZN/2026/118");
      coordinator.date("Data wystawienia", "20.04.2026");
      coordinator.step("zaswiadczenie");
      coordinator.complete();
      coordinator.step("zaswiadczenie-wystawione");

      HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
          .processDefinitionKey(PROCESS_KEY).singleResult();
      assertThat(done.getEndTime()).as("the case has ended").isNotNull();
      assertThat(done.getEndActivityId()).isEqualTo("internshipCompleted");
      assertThat(variable(done, PLANNED_START_DATE)).isEqualTo("2026-04-13");
      assertThat(variable(done, PARTICIPANT_NAME)).isEqualTo(TEACHER);
      assertThat(variable(done, EMPLOYER_ID)).isEqualTo("1");
      assertThat(variable(done, ACTUAL_HOURS)).isEqualTo(40L);
      assertThat(variable(done, CERTIFICATE_NUMBER)).isEqualTo("ZN/2026/118");
      assertThat(variable(done, CERTIFICATE_DATE)).isEqualTo("2026-04-20");
    }
  }

  TasklistUser user(String id) {
    return TasklistUser.logIn(port, id, "teacher-internship", steps);
  }

  Object variable(HistoricProcessInstance instance, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult().getValue();
  }

  static void today(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(WARSAW).toInstant()));
  }
}
