package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.TeacherInternshipVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.support.SupportRegistry;

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
    Pesel pesel = Pesel.parse(teacherPesel.get(execution));
    School school = organisations.school(schoolId.get(execution)).orElseThrow();
    participantName.set(execution, teacherFirstName.get(execution) + " " + teacherLastName.get(execution));
    schoolName.set(execution, school.name());
    previousInternships.set(execution,
        supports.countInProgressOrCompleted(pesel.value(), SupportRegistry.Kind.TEACHER_INTERNSHIP));
    if (plannedHours.getOrNull(execution) == null) {
      // a correction may clear the hours: the configured length applies again
      plannedHours.set(execution, (long) settings.teacherHours());
    }
    if (!employerId.isDefined(execution)) {
      employerId.set(execution, null);
    }
    String employer = employerId.getOrNull(execution);
    employerName.set(execution, employer == null ? null
        : organisations.employer(employer).map(e -> e.name()).orElse(null));
  }
}
