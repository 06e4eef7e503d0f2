package pl.vetworkflow.participant;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the registry holds of one person's monitoring data: the value of each field given (codes or texts). */
public record MonitoringData(long participantId, Map<MonitoringField, String> values) {
  public MonitoringData {
    EnumMap<MonitoringField, String> copy = new EnumMap<>(MonitoringField.class);
    values.forEach((field, value) -> {
      if (value != null && !value.isBlank()) {
        copy.put(field, value);
      }
    });
    values = Collections.unmodifiableMap(copy);
  }

  public String get(MonitoringField field) {
    return values.get(field);
  }

  public boolean has(MonitoringField field) {
    return values.containsKey(field);
  }

  /** The required fields of this stage not given yet, in catalogue order. */
  public List<MonitoringField> missing(MonitoringField.Stage stage) {
    return MonitoringField.of(stage).stream().filter(f -> f.required() && !has(f)).toList();
  }
}
