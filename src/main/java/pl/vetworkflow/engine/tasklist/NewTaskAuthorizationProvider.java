package pl.vetworkflow.engine.tasklist;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's default authorizations (same grants, same permissions), without the database lookup
 * for an existing grant on a task that the current command has just created.
 *
 * <p>When a user task gets its candidate group, {@link DefaultAuthorizationProvider} looks for a
 * grant of that group on the task (and, with historic instance permissions, on the historic task)
 * before creating one: two queries per candidate on every new task. A task created in this command
 * is not in the database yet and its id is new, so no stored grant can name it; grants created for
 * it earlier in the same command are merged by the provider itself from the command's entity cache.
 * For any other task (an existing one gets a new candidate, an assignee) the lookup runs as before.
 */
public class NewTaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
    return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
  }

  @Override
  protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
    return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
  }

  /** Whether {@code resourceId} is a task inserted by the current command and not flushed yet. */
  static boolean isNewTask(Resource resource, String resourceId) {
    if (resourceId == null || resource == null
        || (resource.resourceType() != Resources.TASK.resourceType()
            && resource.resourceType() != Resources.HISTORIC_TASK.resourceType())) {
      return false;
    }
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return false;
    }
    TaskEntity task = context.getDbEntityManager().getDbEntityCache().get(TaskEntity.class, resourceId);
    return task != null && context.getDbEntityManager().getDbEntityCache().isTransient(task);
  }
}
