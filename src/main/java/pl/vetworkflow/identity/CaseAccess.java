package pl.vetworkflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Lets one organisation see one case: processes call this for the school that submitted a case
 * and for the employer it was placed with, so nobody else's groups see it.
 */
@Component
public class CaseAccess {
  private final Grants grants;

  public CaseAccess(Grants grants) {
    this.grants = grants;
  }

  public void grantToGroup(String processInstanceId, String groupId) {
    grants.toGroup(groupId, Resources.PROCESS_INSTANCE, processInstanceId, READ);
    grants.toGroup(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
        HistoricProcessInstancePermissions.READ);
  }
}
