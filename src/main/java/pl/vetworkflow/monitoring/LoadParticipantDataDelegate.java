package pl.vetworkflow.monitoring;

import static pl.vetworkflow.monitoring.ParticipantDataVariables.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseNumbers;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.participant.MonitoringData;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.MonitoringField.Stage;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;

/**
 * {@code ${loadParticipantData}}: gives the case its number (DU/&lt;year&gt;/&lt;nnnn&gt;), names the
 * person (never by PESEL), routes the task to the coordinators of the person's school (the programme
 * office for a person without one) and copies what the registry holds of the stage's fields into the
 * variables, so the form shows them filled in ("Polska" as the country when none is known).
 *
 * <p>A manual correction picked the person on the start form: the case keeps their registry id, not
 * the PESEL, and asks the situation on leaving once their participation has ended, else the entry data.
 */
@Component("loadParticipantData")
public class LoadParticipantDataDelegate implements JavaDelegate {
  static final String DEFAULT_COUNTRY = "Polska";

  private final ParticipantRegistry registry;
  private final ParticipantDataCases cases;
  private final CaseNumbers caseNumbers;
  private final CaseAccess caseAccess;
  private final OrganisationRepository organisations;

  public LoadParticipantDataDelegate(ParticipantRegistry registry, ParticipantDataCases cases, CaseNumbers caseNumbers,
      CaseAccess caseAccess, OrganisationRepository organisations) {
    this.registry = registry;
    this.cases = cases;
    this.caseNumbers = caseNumbers;
    this.caseAccess = caseAccess;
    this.organisations = organisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Participant person;
    if (participantId.getOrNull(execution) == null) {
      person = registry.findByPesel(participantPesel.get(execution)).orElseThrow();
      execution.removeVariable(PARTICIPANT_PESEL);
      participantId.set(execution, person.id());
      stage.set(execution, cases.stageToCorrect(person.id()));
      correction.set(execution, true);
    } else {
      // started by the message: the application gives the person and the stage, nothing else, and
      // never a second open case of one stage (the message can be sent over REST too)
      if (!Set.of(PARTICIPANT_ID, STAGE).containsAll(execution.getVariableNames())) {
        throw new IllegalArgumentException("participant-data is started by its message with participantId and stage only");
      }
      person = registry.find(participantId.get(execution)).orElseThrow();
      cases.openCase(person.id(), stage.get(execution)).ifPresent(open -> {
        throw new IllegalStateException("Case " + open + " of this person and stage is open already");
      });
      correction.set(execution, false);
    }
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next(CASE_PREFIX));
    }
    caseNumber.set(execution, execution.getProcessBusinessKey());
    participantName.set(execution, person.firstName() + " " + person.lastName());
    String school = person.schoolId();
    if (school != null) {
      schoolId.set(execution, school);
      schoolName.set(execution, organisations.school(school).map(School::name).orElse(school));
      responsibleGroup.set(execution, Groups.school(school));
      caseAccess.grantToGroup(execution.getProcessInstanceId(), Groups.school(school));
    } else {
      responsibleGroup.set(execution, Groups.COORDINATORS);
    }

    Stage asked = stage.get(execution);
    MonitoringData data = registry.monitoringData(person.id()).orElseThrow();
    for (MonitoringField f : MonitoringField.of(asked)) {
      if (data.has(f)) {
        field(f).set(execution, data.get(f));
      }
    }
    if (asked == Stage.ENTRY && !data.has(MonitoringField.COUNTRY)) {
      field(MonitoringField.COUNTRY).set(execution, DEFAULT_COUNTRY);
    }
  }
}
