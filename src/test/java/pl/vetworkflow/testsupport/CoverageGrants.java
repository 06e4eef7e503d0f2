package pl.vetworkflow.testsupport;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import pl.vetworkflow.identity.Grants;
import pl.vetworkflow.identity.Groups;

/**
 * Test tooling only: the process-test-coverage listener reads each process definition as the user
 * who runs the command (RepositoryService.getProcessDefinition), so path tests that act as the demo
 * users let every working role read definitions in their test database.
 */
public final class CoverageGrants {
  private CoverageGrants() {}

  public static void letWorkingRolesReadDefinitions(Grants grants) {
    for (String role : Groups.WORKING_ROLES) {
      grants.toGroup(role, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }
  }
}
