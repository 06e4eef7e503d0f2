package pl.vetworkflow.monitoring;

import static pl.vetworkflow.monitoring.ParticipantDataVariables.*;

import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.ParticipantRegistry;

/**
 * {@code ${recordParticipantData}}: writes the stage's fields, as the form left them (checked by
 * {@link ParticipantDataRules}), into the participant registry. The form showed what the registry held
 * ({@link LoadParticipantDataDelegate}): a value given replaces it (a correction), an optional field
 * emptied (telephone, e-mail) is cleared, a required one left empty keeps it.
 */
@Component("recordParticipantData")
public class RecordParticipantDataDelegate implements JavaDelegate {
  private final ParticipantRegistry registry;

  public RecordParticipantDataDelegate(ParticipantRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<MonitoringField, String> values = new EnumMap<>(MonitoringField.class);
    for (MonitoringField f : MonitoringField.of(stage.get(execution))) {
      values.put(f, field(f).getOrNull(execution));
    }
    registry.recordMonitoringForm(participantId.get(execution), values);
  }
}
