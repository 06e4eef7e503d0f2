package pl.vetworkflow.monitoring;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.MonitoringData;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.MonitoringField.Stage;
import pl.vetworkflow.participant.ParticipantRegistered;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.support.ParticipationEnded;
import pl.vetworkflow.support.SupportRegistry;

/**
 * Starts a person's {@code participant-data} case when the registries say the data are due, in the
 * same transaction (a failure rolls the registration or the end of the support back too):
 * <ul>
 *   <li>ENTRY: a person entered the registry now (first form of support, in any process) and a
 *       required entry field is still missing; a person already known gets no case;</li>
 *   <li>EXIT: a form of support ended, none is in progress any more and the registry has no exit
 *       situation.</li>
 * </ul>
 * Never a second open case of the same stage for one person.
 */
@Component
public class ParticipantDataTriggers {
  private final ParticipantRegistry registry;
  private final SupportRegistry supports;
  private final ParticipantDataCases cases;
  private final ParticipantDataSettings settings;

  public ParticipantDataTriggers(ParticipantRegistry registry, SupportRegistry supports, ParticipantDataCases cases,
      ParticipantDataSettings settings) {
    this.registry = registry;
    this.supports = supports;
    this.cases = cases;
    this.settings = settings;
  }

  @EventListener
  public void onRegistered(ParticipantRegistered event) {
    if (!settings.automaticStart() || !event.newPerson()) {
      return;
    }
    long id = event.participantId();
    MonitoringData data = registry.monitoringData(id).orElseThrow();
    if (!data.missing(Stage.ENTRY).isEmpty() && cases.openCase(id, Stage.ENTRY).isEmpty()) {
      cases.start(id, Stage.ENTRY);
    }
  }

  @EventListener
  public void onParticipationEnded(ParticipationEnded event) {
    if (!settings.automaticStart()) {
      return;
    }
    long id = event.participantId();
    if (supports.countInProgress(id) > 0
        || registry.monitoringData(id).orElseThrow().has(MonitoringField.EXIT_SITUATION)
        || cases.openCase(id, Stage.EXIT).isPresent()) {
      return;
    }
    cases.start(id, Stage.EXIT);
  }
}
