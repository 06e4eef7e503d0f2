package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;
import pl.vetworkflow.participant.Pesel;

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
    Pesel pesel = Pesel.parse((String) execution.getVariable(STUDENT_PESEL));
    LocalDate start = LocalDate.parse((String) execution.getVariable(PLANNED_START_DATE));
    School school = organisations.school((String) execution.getVariable(SCHOOL_ID)).orElseThrow();
    String name = execution.getVariable(STUDENT_FIRST_NAME) + " " + execution.getVariable(STUDENT_LAST_NAME);
    boolean minor = pesel.isMinorOn(start);

    execution.setVariable(STUDENT_AGE, (long) pesel.ageOn(start));
    execution.setVariable(STUDENT_MINOR, minor);
    execution.setVariable(SCHOOL_TYPE, school.type().name());
    execution.setVariable(PREVIOUS_INTERNSHIPS,
        supports.countInProgressOrCompleted(pesel.value(), SupportRegistry.Kind.STUDENT_INTERNSHIP));
    execution.setVariable(PARTICIPANT_NAME, name);
    execution.setVariable(SCHOOL_NAME, school.name());
    execution.setVariable(AGREEMENT_SIGNATORY, minor
        ? "rodzic lub opiekun prawny: " + execution.getVariable(GUARDIAN_NAME)
        : "uczeń (pełnoletni): " + name);
    if (!execution.hasVariable(EMPLOYER_ID)) {
      execution.setVariable(EMPLOYER_ID, null);
    }
    if (!execution.hasVariable(JUVENILE_WORKER)) {
      execution.setVariable(JUVENILE_WORKER, false);
    }
    Object employerId = execution.getVariable(EMPLOYER_ID);
    execution.setVariable(EMPLOYER_NAME, employerId == null ? null
        : organisations.employer(employerId.toString()).map(e -> e.name()).orElse(null));
  }
}
