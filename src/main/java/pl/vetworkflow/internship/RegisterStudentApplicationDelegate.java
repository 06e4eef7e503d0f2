package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.CASE_PREFIX;
import static pl.vetworkflow.internship.StudentInternshipVariables.schoolId;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseNumbers;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;

/**
 * {@code ${registerStudentApplication}}: gives the new application its number (business key
 * SU/&lt;year&gt;/&lt;nnnn&gt;) and lets the submitting school and the school's teachers see the case.
 */
@Component("registerStudentApplication")
public class RegisterStudentApplicationDelegate implements JavaDelegate {
  private final CaseNumbers caseNumbers;
  private final CaseAccess caseAccess;

  public RegisterStudentApplicationDelegate(CaseNumbers caseNumbers, CaseAccess caseAccess) {
    this.caseNumbers = caseNumbers;
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next(CASE_PREFIX));
    }
    String school = schoolId.get(execution);
    caseAccess.grantToGroups(execution.getProcessInstanceId(),
        List.of(Groups.school(school), Groups.schoolTeachers(school)));
  }
}
