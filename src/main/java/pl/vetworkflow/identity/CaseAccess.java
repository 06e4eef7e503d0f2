package pl.vetworkflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
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
    grantToGroups(processInstanceId, List.of(groupId));
  }

  /** {@link #grantToGroup} for several groups, with one query for the grants the case already has. */
  public void grantToGroups(String processInstanceId, List<String> groupIds) {
    Map<Resource, Permission[]> permissions = new LinkedHashMap<>();
    permissions.put(Resources.PROCESS_INSTANCE, new Permission[] {READ});
    permissions.put(Resources.HISTORIC_PROCESS_INSTANCE, new Permission[] {HistoricProcessInstancePermissions.READ});
    grants.toGroups(groupIds, processInstanceId, permissions);
  }
}
