package pl.vetworkflow.engine.tasklist;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * A user's grants that answer the checks of every Tasklist request: the user's and their groups'
 * grants and the global grants on filters, tasks and process definitions, on {@code *} and on one
 * filter (a filter's READ check; a task query's check for a grant on every task). With revoke checks
 * off the engine grants a permission on a resource exactly when such a row names the resource (or
 * {@code *}) and holds every bit of the permission ({@code isUserAuthorizedForResource} in the engine's
 * {@code Authorization.xml}); {@link #grants} answers the same from the rows. The engine's task query
 * joins a little wider (also grants to user {@code *}); {@link #grantsEveryResourceToTheTaskQuery}
 * answers as that join.
 */
final class StandingGrants {
  /** The resource types read: a filter's READ, a task query's READ on tasks and READ_TASK on definitions. */
  static final List<Integer> RESOURCE_TYPES = List.of(Resources.FILTER.resourceType(), Resources.TASK.resourceType(),
      Resources.PROCESS_DEFINITION.resourceType());

  private final String userId;
  private final List<String> groupIds;
  private final String filterId;
  private final List<Grant> rows;

  StandingGrants(String userId, List<String> groupIds, String filterId, List<Grant> rows) {
    this.userId = userId;
    this.groupIds = List.copyOf(groupIds);
    this.filterId = filterId;
    this.rows = List.copyOf(rows);
  }

  /** Whether these rows answer checks of this user and groups on {@code *} and, if given, on this filter. */
  boolean covers(String userId, List<String> groupIds, String filterId) {
    return this.userId.equals(userId) && this.groupIds.equals(groupIds)
        && (filterId == null || filterId.equals(this.filterId));
  }

  static boolean covers(Resource resource) {
    return resource != null && RESOURCE_TYPES.contains(resource.resourceType());
  }

  /**
   * Whether a row grants every bit of {@code perms} on this resource (or on {@code *}) as the engine's
   * evaluation does; only for covered types.
   */
  boolean grants(int resourceType, String resourceId, int perms) {
    return anyRow(resourceType, perms, row -> !row.toEveryUser()
        && (Authorization.ANY.equals(row.getResourceId()) || Objects.equals(resourceId, row.getResourceId())));
  }

  /**
   * Whether the engine's task query join ({@code TYPE_ < 2}, user or {@code *}, or a group) finds a row
   * on {@code *} of this type with every bit of {@code perms}: then it returns every task.
   */
  boolean grantsEveryResourceToTheTaskQuery(int resourceType, int perms) {
    return anyRow(resourceType, perms, row -> Authorization.ANY.equals(row.getResourceId()));
  }

  /** Whether a row of this resource type with every bit of {@code perms} also passes {@code which}. */
  private boolean anyRow(int resourceType, int perms, Predicate<Grant> which) {
    return rows.stream().anyMatch(row -> row.getResourceType() == resourceType && (row.getPerms() & perms) == perms
        && which.test(row));
  }

  /** One row of {@code selectStandingGrants}, filled by MyBatis. */
  public static final class Grant {
    private int type;
    private String userId;
    private int resourceType;
    private String resourceId;
    private int perms;

    /** A grant (not a global authorization) to user {@code *}: the task query's join honours it, the evaluation not. */
    boolean toEveryUser() {
      return type == Authorization.AUTH_TYPE_GRANT && Authorization.ANY.equals(userId);
    }

    public int getType() {
      return type;
    }

    public void setType(int type) {
      this.type = type;
    }

    public String getUserId() {
      return userId;
    }

    public void setUserId(String userId) {
      this.userId = userId;
    }

    public int getResourceType() {
      return resourceType;
    }

    public void setResourceType(int resourceType) {
      this.resourceType = resourceType;
    }

    public String getResourceId() {
      return resourceId;
    }

    public void setResourceId(String resourceId) {
      this.resourceId = resourceId;
    }

    public int getPerms() {
      return perms;
    }

    public void setPerms(int perms) {
      this.perms = perms;
    }
  }
}
