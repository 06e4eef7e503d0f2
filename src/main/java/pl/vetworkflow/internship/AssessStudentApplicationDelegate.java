package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.participant.Pesel;
import pl.vetworkflow.support.SupportRegistry;

/**
 * {@code ${assessStudentApplication}}: derives what the eligibility table and the later steps need
 * from the (possibly corrected) application: age and minority on the planned start date (from the
 * PESEL), school type, earlier internships of the same person, display names, agreement signatory.
 */
@Component("assessStudentApplication")
public class AssessStudentApplicationDelegate implements JavaDelegate {
  private final OrganisationRepository organisations;
  private final SupportRegistry supports;

  public AssessStudentApplicationDelegate(OrganisationRepository organisations, SupportRegistry supports) {
    this.organisations = organisations;
    this.supports = supports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pesel pesel = Pesel.parse(studentPesel.get(execution));
    LocalDate start = plannedStartDate.get(execution);
    School school = organisations.school(schoolId.get(execution)).orElseThrow();
    String name = studentFirstName.get(execution) + " " + studentLastName.get(execution);
    boolean minor = pesel.isMinorOn(start);

    studentAge.set(execution, (long) pesel.ageOn(start));
    studentMinor.set(execution, minor);
    schoolType.set(execution, school.type().name());
    previousInternships.set(execution,
        supports.countInProgressOrCompleted(pesel.value(), SupportRegistry.Kind.STUDENT_INTERNSHIP));
    participantName.set(execution, name);
    schoolName.set(execution, school.name());
    agreementSignatory.set(execution, minor
        ? "rodzic lub opiekun prawny: " + guardianName.getOrNull(execution)
        : "uczeń (pełnoletni): " + name);
    if (!employerId.isDefined(execution)) {
      employerId.set(execution, null);
    }
    if (!juvenileWorker.isDefined(execution)) {
      juvenileWorker.set(execution, false);
    }
    String employer = employerId.getOrNull(execution);
    employerName.set(execution, employer == null ? null
        : organisations.employer(employer).map(e -> e.name()).orElse(null));
  }
}
