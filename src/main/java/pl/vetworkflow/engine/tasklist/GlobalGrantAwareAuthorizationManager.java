package pl.vetworkflow.engine.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
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
 * The engine's authorization manager, with fewer round trips to the database on every Tasklist
 * request (BENCHMARKS.md, "Tasklist against its floor"). What a check answers stays the engine's:
 * <ul>
 *   <li>A task query of a user who may read every task (a grant on {@code *}, e.g. the programme
 *   office's READ on all tasks) runs without the authorization check: the check could only confirm
 *   every row, and on 50,000 open tasks it made the office's count of all tasks cost a join per task.
 *   <li>The user's groups go into the checks as they are. The engine first keeps only the groups
 *   that hold any authorization, by reading every distinct group of {@code ACT_RU_AUTHORIZATION}
 *   (one per open task here) in every authenticated command; a group without authorizations matches
 *   no row of any check, so leaving it in changes no answer. Above {@value #MAX_GROUPS_AS_GIVEN}
 *   groups (directory users) the engine's filter is kept, to keep the statements short.
 *   <li>The READ check on a filter and the check for a grant on every task are answered from one
 *   statement, the user's {@link StandingGrants} (the user's, their groups' and global grants on
 *   {@code *} and on that filter), kept between requests in a {@link StandingGrantsCache} that every
 *   change of such a grant through this manager clears on commit.
 * </ul>
 * With revoke checks on ({@code authorization-check-revokes} other than {@code never}, or
 * {@code auto} and revokes exist) every check is the engine's own.
 */
public class GlobalGrantAwareAuthorizationManager extends AuthorizationManager {
  static final String MAPPER = "pl/vetworkflow/engine/tasklist/authorization-queries.xml";
  static final String STANDING_GRANTS = "pl.vetworkflow.engine.tasklist.AuthorizationQueries.selectStandingGrants";
  /** Up to this many groups go into the checks unfiltered. */
  static final int MAX_GROUPS_AS_GIVEN = 50;

  private final boolean tuned;
  private final StandingGrantsCache cache;
  private StandingGrants standingGrants;
  private boolean changeRegistered;
  private AuthorizationCheck noGrantOnEveryTask;

  public GlobalGrantAwareAuthorizationManager() {
    this(false, StandingGrantsCache.off());
  }

  GlobalGrantAwareAuthorizationManager(boolean tuned, StandingGrantsCache cache) {
    this.tuned = tuned;
    this.cache = cache;
  }

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (!tuned || authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
        || authenticatedGroupIds.size() > MAX_GROUPS_AS_GIVEN) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    List<String> groups = new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    groups.removeIf(Objects::isNull);
    return groups;
  }

  /** A filter's READ check (every Tasklist list and count) from the user's standing grants. */
  @Override
  public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
    if (tuned && isAuthorizationEnabled() && userId != null && check.getResource() != null
        && check.getResource().resourceType() == Resources.FILTER.resourceType()
        && check.getResourceId() != null && check.getResourceIdQueryParam() == null
        && isResourceValidForPermission(check) && !isRevokeAuthCheckEnabled(userId, groupIds)) {
      return standingGrants(userId, groupIds, check.getResourceId())
          .grants(check.getResource().resourceType(), check.getResourceId(), check.getPerms());
    }
    return super.isAuthorized(userId, groupIds, check);
  }

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    if (check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
        && !check.isRevokeAuthorizationCheckEnabled()) {
      Boolean everyTask = mayReadEveryTask(check);
      if (Boolean.TRUE.equals(everyTask)) {
        check.setAuthorizationCheckEnabled(false);
      } else if (Boolean.FALSE.equals(everyTask)) {
        noGrantOnEveryTask = check;
      }
    }
  }

  /**
   * Whether the standing grants showed, for this very check of this command, that no grant on
   * {@code *} lets the query read every task: the statement then leaves out that part of its check
   * ({@code task-queries.xml}).
   */
  boolean noGrantOnEveryTask(AuthorizationCheck check) {
    return check != null && check == noGrantOnEveryTask;
  }

  /**
   * Whether one of the query's alternative permissions is granted on every resource ({@code *}) as the
   * engine's task query join finds it: true or false from the standing grants, null when the engine
   * answered (checks of another shape or type).
   */
  private Boolean mayReadEveryTask(AuthorizationCheck check) {
    CompositePermissionCheck checks = check.getPermissionChecks();
    if (!TaskQueryRewrite.plainAlternatives(checks)) {
      return null;
    }
    if (tuned && checks.getAtomicChecks().stream().allMatch(atomic -> StandingGrants.covers(atomic.getResource()))) {
      StandingGrants grants = standingGrants(check.getAuthUserId(), check.getAuthGroupIds(), null);
      return checks.getAtomicChecks().stream().anyMatch(atomic ->
          grants.grantsEveryResourceToTheTaskQuery(atomic.getResource().resourceType(), atomic.getPerms()));
    }
    CompositePermissionCheck onEverything = new CompositePermissionCheck(true);
    for (PermissionCheck atomic : checks.getAtomicChecks()) {
      PermissionCheck anyResource = new PermissionCheck();
      anyResource.setPermission(atomic.getPermission());
      anyResource.setResource(atomic.getResource());
      anyResource.setResourceId(Authorization.ANY);
      onEverything.addAtomicCheck(anyResource);
    }
    return isAuthorized(check.getAuthUserId(), check.getAuthGroupIds(), onEverything) ? Boolean.TRUE : null;
  }

  /**
   * The standing grants of this user and these groups: this command's, else the cache's, else read
   * (the grants on {@code *} come with every read; another filter needs another read).
   */
  private StandingGrants standingGrants(String userId, List<String> groupIds, String filterId) {
    List<String> groups = filterAuthenticatedGroupIds(groupIds);
    if (standingGrants != null && standingGrants.covers(userId, groups, filterId)) {
      return standingGrants;
    }
    StandingGrantsCache.Key key = new StandingGrantsCache.Key(userId, groups, filterId);
    StandingGrants cached = changeRegistered ? null : cache.get(key);
    if (cached != null) {
      standingGrants = cached;
      return cached;
    }
    long generation = cache.generation();
    Map<String, Object> parameter = new HashMap<>();
    parameter.put("userId", userId);
    parameter.put("groupIds", groups);
    parameter.put("filterId", filterId);
    parameter.put("resourceTypes", StandingGrants.RESOURCE_TYPES);
    List<StandingGrants.Grant> rows = getDbEntityManager().selectList(STANDING_GRANTS,
        new ListQueryParameterObject(parameter, 0, Integer.MAX_VALUE));
    standingGrants = new StandingGrants(userId, groups, filterId, rows);
    if (!changeRegistered) {
      // a command that changes grants reads its own uncommitted rows: those stay out of the cache
      cache.put(key, generation, standingGrants);
    }
    return standingGrants;
  }

  // ---- every change of an authorization passes here (AuthorizationService, default authorizations)

  @Override
  public void insert(DbEntity authorization) {
    super.insert(authorization);
    changedIfStanding(authorization);
  }

  /** Any update: its old resource may have been a standing one. */
  @Override
  public void update(AuthorizationEntity authorization) {
    super.update(authorization);
    standingGrantsChange();
  }

  @Override
  public void delete(DbEntity authorization) {
    super.delete(authorization);
    changedIfStanding(authorization);
  }

  @Override
  public void deleteAuthorizationsByResourceId(Resource resource, String resourceId) {
    super.deleteAuthorizationsByResourceId(resource, resourceId);
    changedIfStanding(resource, resourceId);
  }

  @Override
  public void deleteAuthorizationsByResourceIds(Resources resource, List<String> resourceIds) {
    super.deleteAuthorizationsByResourceIds(resource, resourceIds);
    if (resource == null || resourceIds == null) {
      standingGrantsChange();
    } else {
      resourceIds.forEach(id -> changedIfStanding(resource.resourceType(), id));
    }
  }

  @Override
  public void deleteAuthorizationsByResourceIdAndUserId(Resource resource, String resourceId, String userId) {
    super.deleteAuthorizationsByResourceIdAndUserId(resource, resourceId, userId);
    changedIfStanding(resource, resourceId);
  }

  @Override
  public void deleteAuthorizationsByResourceIdAndGroupId(Resource resource, String resourceId, String groupId) {
    super.deleteAuthorizationsByResourceIdAndGroupId(resource, resourceId, groupId);
    changedIfStanding(resource, resourceId);
  }

  /** History clean-up of instance grants: never standing ones, cleared all the same (rare, and cheap to re-read). */
  @Override
  public DbOperation deleteAuthorizationsByRemovalTime(Date removalTime, int minuteFrom, int minuteTo, int batchSize) {
    DbOperation operation = super.deleteAuthorizationsByRemovalTime(removalTime, minuteFrom, minuteTo, batchSize);
    standingGrantsChange();
    return operation;
  }

  /** An authorization written (anything else the manager is handed counts as a change too). */
  private void changedIfStanding(DbEntity written) {
    if (!(written instanceof AuthorizationEntity authorization)) {
      standingGrantsChange();
    } else {
      changedIfStanding(authorization.getResourceType(), authorization.getResourceId());
    }
  }

  /** Authorizations on a resource deleted; an unknown resource counts as a change. */
  private void changedIfStanding(Resource resource, String resourceId) {
    if (resource == null) {
      standingGrantsChange();
    } else {
      changedIfStanding(resource.resourceType(), resourceId);
    }
  }

  private void changedIfStanding(int resourceType, String resourceId) {
    if (mayBeStanding(resourceType, resourceId)) {
      standingGrantsChange();
    }
  }

  /** Whether a grant on this resource can be one of the {@link StandingGrants} (on {@code *}, or on a filter). */
  static boolean mayBeStanding(int resourceType, String resourceId) {
    return StandingGrants.RESOURCE_TYPES.contains(resourceType)
        && (resourceId == null || Authorization.ANY.equals(resourceId) || resourceType == Resources.FILTER.resourceType());
  }

  /** This command reads the grants afresh; once it commits, no node-local entry read before is used. */
  private void standingGrantsChange() {
    standingGrants = null;
    if (changeRegistered) {
      return;
    }
    changeRegistered = true;
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      cache.changed();
      return;
    }
    command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> cache.changed());
  }

  /** Opens this manager wherever the engine asks for its {@link AuthorizationManager}. */
  public static final class Factory implements SessionFactory {
    private final StandingGrantsCache cache;
    private volatile boolean statementsInstalled;

    /** @param standingGrantsTtl how long a node keeps a user's standing grants; zero: read them in every command */
    public Factory(Duration standingGrantsTtl) {
      this.cache = new StandingGrantsCache(standingGrantsTtl);
    }

    /** Registers the manager's statements with the engine (once its MyBatis configuration exists). */
    public void installStatements(ProcessEngineConfigurationImpl engine) {
      Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
      if (!mybatis.hasStatement(STANDING_GRANTS, false)) {
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
      return new GlobalGrantAwareAuthorizationManager(statementsInstalled, cache);
    }
  }
}
