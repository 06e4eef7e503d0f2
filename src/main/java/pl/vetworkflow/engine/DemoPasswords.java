package pl.vetworkflow.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * Saves a user past the engine's password policy: only the demo profile's users (password = id, and
 * admin/admin) need it. The public {@code IdentityService} has no such call; the engine's own
 * implementation does.
 */
public final class DemoPasswords {
  private DemoPasswords() {
  }

  public static void saveIgnoringPolicy(IdentityService identityService, User user) {
    ((IdentityServiceImpl) identityService).saveUser(user, true);
  }
}
