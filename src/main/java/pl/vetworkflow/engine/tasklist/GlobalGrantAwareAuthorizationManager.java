package pl.vetworkflow.engine.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
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
 *
 * <p>Which of the user's groups hold any authorization (the engine keeps only those in every check)
 * is looked up per group ({@code authorization-queries.xml}) instead of reading every distinct group
 * of {@code ACT_RU_AUTHORIZATION}, which the engine does once in every authenticated command: with
 * one authorization per open task that scan was most of what authorization cost a Tasklist request
 * (BENCHMARKS.md, "Tasklist against its floor"). Same answer, cached for the command like the engine's.
 */
public class GlobalGrantAwareAuthorizationManager extends AuthorizationManager {
  static final String MAPPER = "pl/vetworkflow/engine/tasklist/authorization-queries.xml";
  static final String GROUPS_WITH_AUTHORIZATIONS =
      "pl.vetworkflow.engine.tasklist.AuthorizationQueries.selectGroupsWithAuthorizations";
  /** Above this many groups one scan of all groups is the cheaper statement: the engine's own. */
  static final int MAX_GROUPS_LOOKED_UP = 100;

  private final boolean groupLookup;
  private List<String> groupsAsked;
  private List<String> groupsWithAuthorizations;

  public GlobalGrantAwareAuthorizationManager() {
    this(false);
  }

  GlobalGrantAwareAuthorizationManager(boolean groupLookup) {
    this.groupLookup = groupLookup;
  }

  /**
   * The user's groups that hold at least one authorization, as the engine's method answers (groups
   * without any cannot change a check, so the engine leaves them out of its statements).
   */
  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (!groupLookup || authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
        || authenticatedGroupIds.size() > MAX_GROUPS_LOOKED_UP) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    if (!authenticatedGroupIds.equals(groupsAsked)) {
      List<String> distinct = new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
      distinct.removeIf(Objects::isNull);
      List<String> found = distinct.isEmpty() ? List.of() : getDbEntityManager().selectList(
          GROUPS_WITH_AUTHORIZATIONS, new ListQueryParameterObject(distinct, 0, Integer.MAX_VALUE));
      groupsAsked = new ArrayList<>(authenticatedGroupIds);
      groupsWithAuthorizations = found.stream().filter(Objects::nonNull).distinct().toList();
    }
    return new ArrayList<>(groupsWithAuthorizations);
  }

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
    private volatile boolean statementsInstalled;

    /** Registers the manager's statements with the engine (once its MyBatis configuration exists). */
    public void installStatements(ProcessEngineConfigurationImpl engine) {
      Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
      if (!mybatis.hasStatement(GROUPS_WITH_AUTHORIZATIONS, false)) {
        try (InputStream in = GlobalGrantAwareAuthorizationManager.class.getClassLoader().getResourceAsStream(MAPPER)) {
          if (in == null) {
            throw new IllegalStateException(MAPPER + " not found");
          }
          new XMLMapperBuilder(in, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      statementsInstalled = true;
    }

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new GlobalGrantAwareAuthorizationManager(statementsInstalled);
    }
  }
}
