package pl.vetworkflow.counselling;

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
 * One pupil's career counselling worked only in Tasklist by school1: started for the pupil, two
 * sessions a week apart (the first is not the last), then the individual action plan; the pupil's form
 * of support is completed. Screenshots: target/screenshots/career-counselling-*.png.
 */
class CareerCounsellingInTasklistTest extends TasklistCaseTest {
  @Autowired SupportRegistry supports;

  @Test
  void schoolRecordsTwoSessionsAndThePlanInTasklist() {
    newCase("career-counselling");
    logIn("school1");
    today(LocalDate.of(2026, 3, 2));
    TasklistUser school = user("school1");
    String pesel = Pesel.of(LocalDate.of(2008, 7, 19), 6224).value();

    school.startProcess("Doradztwo edukacyjno-zawodowe");
    school.type("Imię ucznia", "Natalia");
    school.type("Nazwisko ucznia", "Grabowska");
    school.type("PESEL ucznia", pesel);
    school.type("Klasa", "3TI");
    school.type("Imię i nazwisko doradcy", "Ewa Lis");
    school.type("Planowana liczba sesji", "2");
    school.step("start");
    school.submitStartForm();
    ProcessInstance instance = caseWith(CareerCounsellingVariables.PROCESS_KEY, CareerCounsellingVariables.PUPIL_PESEL,
        pesel);
    String caseNumber = instance.getBusinessKey();
    assertThat(caseNumber).matches("DZ/2026/\\d{4}");

    school.openTask(GROUP_TASKS, caseNumber, "Zapisz sesję doradczą");
    school.date("Data sesji", "02.03.2026");
    school.type("Czas sesji (godziny)", "1,5");
    school.type("Temat sesji", "Rozpoznanie zainteresowań i predyspozycji zawodowych");
    school.type("Notatki z sesji", "Uczennica interesuje się sieciami komputerowymi, rozważa kurs kwalifikacyjny.");
    school.tick("nie");
    school.step("sesja-1");
    school.complete();

    today(LocalDate.of(2026, 3, 9));
    school.openTask(GROUP_TASKS, caseNumber, "Zapisz sesję doradczą");
    school.date("Data sesji", "09.03.2026");
    school.type("Czas sesji (godziny)", "2");
    school.type("Temat sesji", "Ścieżki kształcenia i rynek pracy w regionie");
    school.tick("tak");
    school.step("sesja-2");
    school.complete();

    school.openTask(GROUP_TASKS, caseNumber, "Opracuj indywidualny plan działania");
    assertThat(school.value("Liczba sesji")).isEqualTo("2");
    school.type("Cele", "Zdobycie kwalifikacji INF.02 i praktyki w firmie sieciowej.");
    school.type("Planowane działania", "Zapis na kurs kwalifikacyjny INF.02; staż u pracodawcy w wakacje.");
    school.choose("Zalecana ścieżka", "kursy kwalifikacyjne");
    school.step("plan-dzialania");
    school.complete();

    HistoricProcessInstance done = ended(instance);
    assertThat(done.getState()).isEqualTo("COMPLETED");
    assertThat(((Number) historicVariable(done.getId(), CareerCounsellingVariables.SESSION_HOURS_TOTAL)).doubleValue())
        .isEqualTo(3.5);
    assertThat(supports.ofCase(caseNumber)).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(SupportRegistry.Kind.CAREER_COUNSELLING);
      assertThat(s.status()).isEqualTo(SupportRegistry.Status.COMPLETED);
    });
  }
}
