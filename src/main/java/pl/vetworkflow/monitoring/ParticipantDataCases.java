package pl.vetworkflow.monitoring;

import static pl.vetworkflow.monitoring.ParticipantDataVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Commands;
import pl.vetworkflow.participant.MonitoringField.Stage;
import pl.vetworkflow.support.SupportRegistry;

/**
 * The cases of {@code participant-data} of a person: which one is open, and starting one from the
 * application (by the start message, so without the manual start form). Both run without the user's
 * authorizations (the application acts, e.g. inside an employer's step of an internship that ends the
 * person's last support), in the caller's engine command and transaction when there is one.
 */
@Component
public class ParticipantDataCases {
  private final RuntimeService runtime;
  private final SupportRegistry supports;

  public ParticipantDataCases(RuntimeService runtime, SupportRegistry supports) {
    this.runtime = runtime;
    this.supports = supports;
  }

  /** The business key of the person's open case of this stage, if any. */
  public Optional<String> openCase(long participant, Stage of) {
    return Commands.withoutAuthorization(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(PARTICIPANT_ID, participant).variableValueEquals(STAGE, of.name())
        .listPage(0, 1).stream().findFirst().map(ProcessInstance::getBusinessKey));
  }

  /** The stage a correction of the person's data asks: EXIT once their participation has ended, else ENTRY. */
  public Stage stageToCorrect(long participant) {
    return supports.participationEnded(participant) ? Stage.EXIT : Stage.ENTRY;
  }

  /** Starts a case asking the person's data of this stage. */
  public void start(long participant, Stage of) {
    Commands.withoutAuthorization(() -> runtime.createMessageCorrelation(START_MESSAGE)
        .setVariable(PARTICIPANT_ID, participant).setVariable(STAGE, of.name()).correlateStartMessage());
  }
}
