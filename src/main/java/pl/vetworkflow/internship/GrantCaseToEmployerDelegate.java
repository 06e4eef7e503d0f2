package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.EmployerPlacementVariables.employerId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.identity.CaseAccess;
import pl.vetworkflow.identity.Groups;

/**
 * {@code ${grantCaseToEmployer}} (employer-placement, after the employer confirmed): the employer's
 * group may read the internship case that called the placement and the placement itself. Before it
 * confirms, an employer sees only its placement task; an employer that declines never sees the case.
 */
@Component("grantCaseToEmployer")
public class GrantCaseToEmployerDelegate implements JavaDelegate {
  private final CaseAccess caseAccess;

  public GrantCaseToEmployerDelegate(CaseAccess caseAccess) {
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = Groups.employer(employerId.get(execution));
    caseAccess.grantToGroup(execution.getProcessInstanceId(), group);
    DelegateExecution caller = execution.getSuperExecution();
    if (caller != null) {
      caseAccess.grantToGroup(caller.getProcessInstanceId(), group);
    }
  }
}
