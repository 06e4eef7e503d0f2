package pl.vetworkflow.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent GRANT authorizations: adds permissions to an existing grant or creates one. */
@Component
public class Grants {
  private final AuthorizationService authorizationService;

  public Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(q -> q.groupIdIn(groupId), a -> a.setGroupId(groupId), resource, resourceId, permissions);
  }

  public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    grant(q -> q.userIdIn(userId), a -> a.setUserId(userId), resource, resourceId, permissions);
  }

  /**
   * Gives each of {@code groupIds} the {@code permissions} of each resource type on one resource id,
   * with one query for the grants that already exist (a case's PROCESS_INSTANCE and
   * HISTORIC_PROCESS_INSTANCE grants share the process instance id).
   */
  public void toGroups(Collection<String> groupIds, String resourceId, Map<Resource, Permission[]> permissions) {
    if (groupIds.isEmpty() || permissions.isEmpty()) {
      return;
    }
    Map<String, Authorization> existing = new HashMap<>();
    for (Authorization a : authorizationService.createAuthorizationQuery()
        .groupIdIn(groupIds.toArray(String[]::new)).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
      existing.put(a.getGroupId() + "\n" + a.getResourceType(), a);
    }
    for (String groupId : new LinkedHashSet<>(groupIds)) {
      permissions.forEach((resource, granted) -> save(existing.get(groupId + "\n" + resource.resourceType()),
          a -> a.setGroupId(groupId), resource, resourceId, granted));
    }
  }

  private void grant(UnaryOperator<AuthorizationQuery> holder, Consumer<Authorization> setHolder,
      Resource resource, String resourceId, Permission... permissions) {
    save(holder.apply(authorizationService.createAuthorizationQuery())
        .resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult(), setHolder, resource, resourceId, permissions);
  }

  /** Adds {@code permissions} to {@code existing}, or to a new grant of the holder if there is none, and saves it. */
  private void save(Authorization existing, Consumer<Authorization> setHolder, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization auth = existing;
    if (auth == null) {
      auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      setHolder.accept(auth);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      auth.addPermission(permission);
    }
    authorizationService.saveAuthorization(auth);
  }
}
