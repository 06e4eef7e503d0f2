package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseNumbers;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.organisation.OrganisationRepository;
import pl.vetworkflow.organisation.School;

/**
 * {@code ${registerCourseRequest}}: gives the request its number (business key KU/&lt;year&gt;/&lt;nnnn&gt;),
 * decides who works the requesting side's tasks (the school's group for student and teacher courses, the
 * coordinators for PNZ courses) and lets the school see its case.
 */
@Component("registerCourseRequest")
public class RegisterCourseRequestDelegate implements JavaDelegate {
  private final CaseNumbers caseNumbers;
  private final CaseAccess caseAccess;
  private final OrganisationRepository organisations;

  public RegisterCourseRequestDelegate(CaseNumbers caseNumbers, CaseAccess caseAccess,
      OrganisationRepository organisations) {
    this.caseNumbers = caseNumbers;
    this.caseAccess = caseAccess;
    this.organisations = organisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next(CASE_PREFIX));
    }
    CourseKind kind = courseKind.get(execution);
    caseNumber.set(execution, execution.getProcessBusinessKey());
    courseKindLabel.set(execution, kind.label());
    if (kind.forSchool()) {
      String id = schoolId.getOrNull(execution);
      School school = organisations.school(id).orElseThrow();
      requesterGroup.set(execution, Groups.school(id));
      schoolName.set(execution, school.name());
      caseAccess.grantToGroup(execution.getProcessInstanceId(), Groups.school(id));
    } else {
      schoolId.set(execution, null);
      requesterGroup.set(execution, Groups.COORDINATORS);
    }
  }
}
