package pl.vetworkflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.vetworkflow.identity.TaskFilters;
import pl.vetworkflow.participant.MonitoringData;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.testsupport.TasklistCaseTest;
import pl.vetworkflow.testsupport.TasklistUser;

/**
 * A new pupil of school 1 enters the registry (their first form of support): school1 finds the
 * monitoring-data task under "Dane uczestników", by the pupil's name, and fills the entry form in
 * Tasklist; the registry then holds every entry field. No e-mail announced the task (checked by the
 * base class). Screenshots: target/screenshots/participant-data-*.png.
 */
class ParticipantDataInTasklistTest extends TasklistCaseTest {
  @Autowired ParticipantRegistry registry;

  @Test
  void schoolFillsTheEntryDataOfANewPupilInTasklist() {
    newCase("participant-data");
    today(LocalDate.of(2026, 3, 2));
    String pesel = Pesel.of(LocalDate.of(2008, 11, 23), 4417).value();
    Participant pupil = registry.register(pesel, "Zuzanna", "Wróblewska", ParticipantType.STUDENT, "1",
        LocalDate.of(2026, 3, 2));
    ProcessInstance instance = caseWith(ParticipantDataVariables.PROCESS_KEY, ParticipantDataVariables.PARTICIPANT_ID,
        pupil.id());

    logIn("school1");
    TasklistUser school = user("school1");
    String card = school.card(TaskFilters.PARTICIPANT_DATA, "Zuzanna Wróblewska",
        "Uzupełnij dane uczestnika do monitorowania");
    assertThat(card).contains(instance.getBusinessKey(), "Zuzanna Wróblewska").doesNotContain(pesel);
    school.openTask(TaskFilters.PARTICIPANT_DATA, "Zuzanna Wróblewska", "Uzupełnij dane uczestnika do monitorowania");
    assertThat(school.value("Uczestnik")).isEqualTo("Zuzanna Wróblewska");
    assertThat(school.value("Kraj")).isEqualTo("Polska");
    school.step("formularz");

    school.choose("Obywatelstwo", "obywatelstwo polskie");
    school.choose("Województwo", "opolskie");
    school.type("Powiat", "krapkowicki");
    school.type("Gmina", "Gogolin");
    school.type("Miejscowość", "Gogolin");
    school.type("Kod pocztowy", "47-320");
    school.choose("Obszar według stopnia urbanizacji (DEGURBA)", "3 – obszar wiejski");
    school.choose("Wykształcenie", "ISCED 2");
    school.choose("Status osoby na rynku pracy w chwili przystąpienia do projektu", "osoba bierna zawodowo, ucząca się");
    school.choose("Osoba obcego pochodzenia", "nie");
    school.choose("Obywatel państwa trzeciego", "nie");
    school.choose("Osoba należąca do mniejszości narodowej lub etnicznej", "odmowa podania informacji");
    school.choose("Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań", "nie");
    school.choose("Osoba z niepełnosprawnościami", "nie");
    school.step("wypelniony");
    school.complete();

    HistoricProcessInstance done = ended(instance);
    assertThat(done.getState()).isEqualTo("COMPLETED");
    MonitoringData data = registry.monitoringData(pupil.id()).orElseThrow();
    assertThat(data.missing(MonitoringField.Stage.ENTRY)).isEmpty();
    assertThat(data.get(MonitoringField.POSTAL_CODE)).isEqualTo("47-320");
    assertThat(data.get(MonitoringField.DEGURBA)).isEqualTo("3");
    assertThat(data.get(MonitoringField.MINORITY)).isEqualTo("ODMOWA");
    assertThat(data.get(MonitoringField.COUNTRY)).isEqualTo("Polska");
  }

  @Test
  void schoolCorrectsTheDataOfItsPupilFromTheStartDialog() {
    newCase("participant-data-correction");
    today(LocalDate.of(2026, 3, 9));
    String pesel = Pesel.of(LocalDate.of(2008, 1, 30), 5528).value();
    Participant pupil = registry.register(pesel, "Kamil", "Sobczak", ParticipantType.STUDENT, "1",
        LocalDate.of(2026, 3, 9));
    // the registry knows everything already (the entry case of the first support was completed)
    ProcessInstance entry = caseWith(ParticipantDataVariables.PROCESS_KEY, ParticipantDataVariables.PARTICIPANT_ID,
        pupil.id());
    runtime.deleteProcessInstance(entry.getId(), "dane wpisane wcześniej");
    Map<MonitoringField, String> known = new EnumMap<>(MonitoringField.class);
    ParticipantDataProcessTest.entry("Opole", "45-001").forEach((name, value) -> ParticipantDataVariables.FIELD_NAMES
        .forEach((field, variable) -> {
          if (variable.equals(name) && value != null) {
            known.put(field, value.toString());
          }
        }));
    known.put(MonitoringField.PHONE, "600 100 200");
    registry.recordMonitoringData(pupil.id(), known);

    logIn("school1");
    TasklistUser school = user("school1");
    school.startProcess("Dane uczestnika do monitorowania");
    school.choose("Uczestnik", "Sobczak Kamil");
    school.step("start");
    school.submitStartForm();
    ProcessInstance correction = caseWith(ParticipantDataVariables.PROCESS_KEY, ParticipantDataVariables.CORRECTION,
        true);
    school.openTask(TaskFilters.PARTICIPANT_DATA, correction.getBusinessKey(), "Uzupełnij dane uczestnika do monitorowania");
    assertThat(school.value("Miejscowość")).isEqualTo("Opole");
    assertThat(school.value("Kod pocztowy")).isEqualTo("45-001");
    school.type("Miejscowość", "Prószków");
    school.type("Kod pocztowy", "46-060");
    // the pupil no longer has that telephone: the school empties the field
    assertThat(school.value("Telefon kontaktowy")).isEqualTo("600 100 200");
    school.type("Telefon kontaktowy", "");
    school.step("poprawiony");
    school.complete();
    assertThat(ended(correction).getState()).isEqualTo("COMPLETED");
    MonitoringData data = registry.monitoringData(pupil.id()).orElseThrow();
    assertThat(data.get(MonitoringField.TOWN)).isEqualTo("Prószków");
    assertThat(data.get(MonitoringField.POSTAL_CODE)).isEqualTo("46-060");
    assertThat(data.get(MonitoringField.MINORITY)).isEqualTo("ODMOWA");
    assertThat(data.get(MonitoringField.PHONE)).isNull();
  }
}
