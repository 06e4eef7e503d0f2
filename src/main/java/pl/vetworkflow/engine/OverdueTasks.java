package pl.vetworkflow.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The overdue open tasks for the reminder job, page by page, with their process key from the
 * deployment cache (no query per definition), without authorization checks.
 */
public final class OverdueTasks {
  private OverdueTasks() {}

  /** An active process task due before the page's moment. */
  public record OverdueTask(String taskId, String processInstanceId, String processDefinitionKey,
      String taskDefinitionKey, Instant due) {}

  /** The process tasks of one page, and how many tasks the page had (stand-alone ones left out). */
  public record Page(List<OverdueTask> tasks, int read) {}

  /**
   * The active tasks due before {@code dueBy} (exclusive), by due date and id, from {@code first}, at
   * most {@code max}; in a command of its own, inside the current Spring transaction if there is one.
   */
  public static Page page(ProcessEngine engine, Date dueBy, int first, int max) {
    return Commands.executor(engine).execute(context -> context.runWithoutAuthorization(() -> {
          TaskQueryImpl query = new TaskQueryImpl(); // no executor of its own: runs in this command
          query.active().dueBefore(dueBy).orderByDueDate().asc().orderByTaskId().asc();
          List<Task> page = query.listPage(first, max);
          List<OverdueTask> tasks = new ArrayList<>(page.size());
          for (Task task : page) {
            if (task.getProcessDefinitionId() == null) {
              continue; // a stand-alone task: not part of any process
            }
            ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
            tasks.add(new OverdueTask(task.getId(), task.getProcessInstanceId(), definition.getKey(),
                task.getTaskDefinitionKey(), task.getDueDate().toInstant()));
          }
          return new Page(tasks, page.size());
        }));
  }
}
