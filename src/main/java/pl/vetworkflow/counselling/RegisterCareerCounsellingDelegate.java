package pl.vetworkflow.counselling;

import static pl.vetworkflow.counselling.CareerCounsellingVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseNumbers;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;

/**
 * {@code ${registerCareerCounselling}}: gives the case its number (DZ/&lt;year&gt;/&lt;nnnn&gt;), lets the
 * school see it, enters the pupil into the participant registry once (by PESEL; a known person keeps
 * their row and names) and starts the pupil's form of support; no session recorded yet.
 */
@Component("registerCareerCounselling")
public class RegisterCareerCounsellingDelegate implements JavaDelegate {
  private final CaseNumbers caseNumbers;
  private final CaseAccess caseAccess;
  private final OrganisationRepository organisations;
  private final ParticipantRegistry registry;
  private final CounsellingSupports supports;
  private final EngineClock clock;

  public RegisterCareerCounsellingDelegate(CaseNumbers caseNumbers, CaseAccess caseAccess,
      OrganisationRepository organisations, ParticipantRegistry registry, CounsellingSupports supports,
      EngineClock clock) {
    this.caseNumbers = caseNumbers;
    this.caseAccess = caseAccess;
    this.organisations = organisations;
    this.registry = registry;
    this.supports = supports;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next(CASE_PREFIX));
    }
    caseNumber.set(execution, execution.getProcessBusinessKey());
    String school = schoolId.get(execution);
    caseAccess.grantToGroup(execution.getProcessInstanceId(), Groups.school(school));
    schoolName.set(execution, organisations.school(school).map(School::name).orElse(school));

    LocalDate today = clock.today();
    Participant pupil = registry.register(pupilPesel.get(execution), pupilFirstName.get(execution),
        pupilLastName.get(execution), ParticipantType.STUDENT, school, today);
    participantName.set(execution, pupil.firstName() + " " + pupil.lastName());
    supports.start(pupil.id(), execution.getProcessBusinessKey(), execution.getProcessInstanceId(), today);
    counsellingStartDate.set(execution, today);
    sessions.set(execution, List.of());
    sessionCount.set(execution, 0L);
    sessionHoursTotal.set(execution, 0.0);
  }
}
