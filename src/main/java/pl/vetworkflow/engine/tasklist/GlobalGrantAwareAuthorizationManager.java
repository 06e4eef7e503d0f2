package pl.vetworkflow.engine.tasklist;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, except that a task query of a user who may read every task
 * (a grant on {@code *}, e.g. the programme office's READ on all tasks) runs without the
 * authorization check: the check could only confirm every row, and on 50,000 open tasks it made
 * the office's count of all tasks cost a join per task. Revokes are honoured: with revoke checks on,
 * or if the grant on {@code *} is revoked, nothing changes.
 */
public class GlobalGrantAwareAuthorizationManager extends AuthorizationManager {

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    if (check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
        && !check.isRevokeAuthorizationCheckEnabled() && mayReadEveryTask(check)) {
      check.setAuthorizationCheckEnabled(false);
    }
  }

  /**
   * Whether one of the query's alternative permissions is granted on every resource ({@code *}):
   * one statement for all of them, since it runs before every task query of every user.
   */
  private boolean mayReadEveryTask(AuthorizationCheck check) {
    CompositePermissionCheck checks = check.getPermissionChecks();
    if (!checks.isDisjunctive() || !checks.getCompositeChecks().isEmpty() || checks.getAtomicChecks().isEmpty()) {
      return false;
    }
    CompositePermissionCheck onEverything = new CompositePermissionCheck(true);
    for (PermissionCheck atomic : checks.getAtomicChecks()) {
      PermissionCheck anyResource = new PermissionCheck();
      anyResource.setPermission(atomic.getPermission());
      anyResource.setResource(atomic.getResource());
      anyResource.setResourceId(Authorization.ANY);
      onEverything.addAtomicCheck(anyResource);
    }
    return isAuthorized(check.getAuthUserId(), check.getAuthGroupIds(), onEverything);
  }

  /** Opens this manager wherever the engine asks for its {@link AuthorizationManager}. */
  public static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new GlobalGrantAwareAuthorizationManager();
    }
  }
}
