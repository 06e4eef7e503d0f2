package pl.vetworkflow.activity;

import static pl.vetworkflow.activity.GroupActivityVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.CaseNumbers;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;

/**
 * {@code ${registerGroupActivity}}: gives the plan its number (business key ZG/&lt;year&gt;/&lt;nnnn&gt;),
 * decides who organises it (the school's group, or the programme office for a regional event without
 * a school) and lets the school see its case.
 */
@Component("registerGroupActivity")
public class RegisterGroupActivityDelegate implements JavaDelegate {
  private final CaseNumbers caseNumbers;
  private final CaseAccess caseAccess;

  public RegisterGroupActivityDelegate(CaseNumbers caseNumbers, CaseAccess caseAccess) {
    this.caseNumbers = caseNumbers;
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(caseNumbers.next(CASE_PREFIX));
    }
    caseNumber.set(execution, execution.getProcessBusinessKey());
    String school = schoolId.getOrNull(execution);
    if (school == null || school.isBlank()) {
      schoolId.set(execution, null);
      regional.set(execution, true);
      requesterGroup.set(execution, Groups.COORDINATORS);
    } else {
      regional.set(execution, false);
      requesterGroup.set(execution, Groups.school(school));
      caseAccess.grantToGroup(execution.getProcessInstanceId(), Groups.school(school));
    }
  }
}
