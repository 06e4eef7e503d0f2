package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.TeacherInternshipVariables.CASE_PREFIX;
import static pl.vetworkflow.internship.TeacherInternshipVariables.plannedHours;
import static pl.vetworkflow.internship.TeacherInternshipVariables.schoolId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseNumbers;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;

/**
 * {@code ${registerTeacherApplication}}: gives the new teacher-internship application its number
 * (business key SN/&lt;year&gt;/&lt;nnnn&gt;), fills in the configured hours when the application names
 * none, and lets the submitting school see the case (its teachers are members of the school's group;
 * unlike the student internship, no task of this process is routed to the school's teachers).
 */
@Component("registerTeacherApplication")
public class RegisterTeacherApplicationDelegate implements JavaDelegate {
  private final CaseNumbers caseNumbers;
  private final CaseAccess caseAccess;
  private final InternshipSettings settings;

  public RegisterTeacherApplicationDelegate(CaseNumbers caseNumbers, CaseAccess caseAccess,
      InternshipSettings settings) {
    this.caseNumbers = caseNumbers;
    this.caseAccess = caseAccess;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next(CASE_PREFIX));
    }
    if (plannedHours.getOrNull(execution) == null) {
      plannedHours.set(execution, (long) settings.teacherHours());
    }
    caseAccess.grantToGroup(execution.getProcessInstanceId(), Groups.school(schoolId.get(execution)));
  }
}
