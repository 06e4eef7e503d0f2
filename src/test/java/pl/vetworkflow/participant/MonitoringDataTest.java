package pl.vetworkflow.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;
import pl.vetworkflow.testsupport.TestPesels;

/** The registry keeps each person's monitoring data once; a correction replaces, a bad code writes nothing. */
@PostgresIntegrationTest
class MonitoringDataTest {
  @Autowired ParticipantRegistry registry;

  @Test
  void aNewPersonLacksEveryRequiredEntryFieldAndGainsThemByCorrection() {
    Participant p = registry.register(TestPesels.random(LocalDate.of(2008, 3, 4), true), "Ewa", "Monitorowana",
        ParticipantType.STUDENT, "1", LocalDate.of(2026, 9, 1));
    MonitoringData empty = registry.monitoringData(p.id()).orElseThrow();
    assertThat(empty.missing(MonitoringField.Stage.ENTRY)).doesNotContain(MonitoringField.PHONE, MonitoringField.EMAIL)
        .contains(MonitoringField.CITIZENSHIP, MonitoringField.DISABILITY, MonitoringField.POSTAL_CODE);
    assertThat(empty.missing(MonitoringField.Stage.EXIT)).containsExactly(MonitoringField.EXIT_SITUATION);

    Map<MonitoringField, String> given = new EnumMap<>(MonitoringField.class);
    given.put(MonitoringField.CITIZENSHIP, "PL");
    given.put(MonitoringField.POSTAL_CODE, "45-001");
    given.put(MonitoringField.DISABILITY, "ODMOWA");
    registry.recordMonitoringData(p.id(), given);
    registry.recordMonitoringData(p.id(), Map.of(MonitoringField.DISABILITY, "NIE", MonitoringField.TOWN, " "));

    MonitoringData data = registry.monitoringData(p.id()).orElseThrow();
    assertThat(data.get(MonitoringField.CITIZENSHIP)).isEqualTo("PL");
    assertThat(data.get(MonitoringField.DISABILITY)).isEqualTo("NIE");
    assertThat(data.has(MonitoringField.TOWN)).isFalse();
    assertThat(data.missing(MonitoringField.Stage.ENTRY)).doesNotContain(MonitoringField.CITIZENSHIP,
        MonitoringField.POSTAL_CODE, MonitoringField.DISABILITY).contains(MonitoringField.TOWN);
  }

  @Test
  void aFormClearsTheOptionalFieldsLeftBlankAndKeepsTheRequiredOnes() {
    Participant p = registry.register(TestPesels.random(LocalDate.of(2008, 6, 7), false), "Piotr", "Kontaktowy",
        ParticipantType.STUDENT, "1", LocalDate.of(2026, 9, 1));
    registry.recordMonitoringData(p.id(), Map.of(MonitoringField.TOWN, "Opole", MonitoringField.PHONE, "600 100 200",
        MonitoringField.EMAIL, "piotr@example.pl"));
    // blank means "unknown" for data given with a form of support: nothing is cleared
    registry.recordMonitoringData(p.id(), Map.of(MonitoringField.PHONE, "", MonitoringField.TOWN, " "));
    assertThat(registry.monitoringData(p.id()).orElseThrow().get(MonitoringField.PHONE)).isEqualTo("600 100 200");

    Map<MonitoringField, String> form = new EnumMap<>(MonitoringField.class);
    form.put(MonitoringField.TOWN, " ");
    form.put(MonitoringField.PHONE, null);
    form.put(MonitoringField.EMAIL, "");
    registry.recordMonitoringForm(p.id(), form);
    MonitoringData data = registry.monitoringData(p.id()).orElseThrow();
    assertThat(data.get(MonitoringField.PHONE)).isNull();
    assertThat(data.get(MonitoringField.EMAIL)).isNull();
    assertThat(data.get(MonitoringField.TOWN)).isEqualTo("Opole");
  }

  @Test
  void aValueOutsideItsDomainWritesNothing() {
    Participant p = registry.register(TestPesels.random(LocalDate.of(2007, 5, 6), false), "Adam", "Odmowny",
        ParticipantType.STUDENT, "1", LocalDate.of(2026, 9, 1));
    assertThatThrownBy(() -> registry.recordMonitoringData(p.id(),
        Map.of(MonitoringField.CITIZENSHIP, "PL", MonitoringField.HOMELESS, "ODMOWA")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> registry.recordMonitoringData(p.id(), Map.of(MonitoringField.POSTAL_CODE, "45001")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(registry.monitoringData(p.id()).orElseThrow().values()).isEmpty();
  }
}
