package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.participant.Pesel;

/**
 * {@code ${assessTeacherApplication}}: what the coordinator's review and the later steps need from
 * the (possibly corrected) teacher application: display names and the teacher internships the same
 * person already has in progress or completed in the programme.
 */
@Component("assessTeacherApplication")
public class AssessTeacherApplicationDelegate implements JavaDelegate {
  private final OrganisationRepository organisations;
  private final SupportRegistry supports;
  private final InternshipSettings settings;

  public AssessTeacherApplicationDelegate(OrganisationRepository organisations, SupportRegistry supports,
      InternshipSettings settings) {
    this.organisations = organisations;
    this.supports = supports;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pesel pesel = Pesel.parse((String) execution.getVariable(TEACHER_PESEL));
    School school = organisations.school((String) execution.getVariable(SCHOOL_ID)).orElseThrow();
    execution.setVariable(PARTICIPANT_NAME,
        execution.getVariable(TEACHER_FIRST_NAME) + " " + execution.getVariable(TEACHER_LAST_NAME));
    execution.setVariable(SCHOOL_NAME, school.name());
    execution.setVariable(PREVIOUS_INTERNSHIPS,
        supports.countInProgressOrCompleted(pesel.value(), SupportRegistry.Kind.TEACHER_INTERNSHIP));
    if (execution.getVariable(PLANNED_HOURS) == null) {
      // a correction may clear the hours: the configured length applies again
      execution.setVariable(PLANNED_HOURS, (long) settings.teacherHours());
    }
    if (!execution.hasVariable(EMPLOYER_ID)) {
      execution.setVariable(EMPLOYER_ID, null);
    }
    Object employerId = execution.getVariable(EMPLOYER_ID);
    execution.setVariable(EMPLOYER_NAME, employerId == null ? null
        : organisations.employer(employerId.toString()).map(e -> e.name()).orElse(null));
  }
}
