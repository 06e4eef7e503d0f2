package pl.vetworkflow.casework;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.NewTasks;

/**
 * At start: open tasks created before cards existed (an upgraded installation) get their card, so
 * no card in Tasklist is blank. One query when there is nothing to do.
 */
@Component
public class TaskCardBackfill {
  private static final Logger LOG = LoggerFactory.getLogger(TaskCardBackfill.class);

  private final TaskService taskService;
  private final ManagementService managementService;
  private final ProcessEngine engine;
  private final TaskCards cards;

  public TaskCardBackfill(TaskService taskService, ManagementService managementService,
      @Lazy ProcessEngine engine, TaskCards cards) {
    this.taskService = taskService;
    this.managementService = managementService;
    this.engine = engine;
    this.cards = cards;
  }

  /** Writes the card of every open process task that has none; returns how many got one. */
  public int apply() {
    List<Task> missing = taskService.createNativeTaskQuery()
        .sql("SELECT RES.* FROM " + managementService.getTableName(Task.class) + " RES"
            + " WHERE RES.PROC_INST_ID_ IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
            + NewTasks.variableTable(managementService) + " V"
            + " WHERE V.TASK_ID_ = RES.ID_ AND V.NAME_ = #{name})")
        .parameter("name", TaskCardVariables.WAITING_FOR)
        .list();
    for (Task task : missing) {
      // one command per task: a task that cannot be described does not hold back the others
      NewTasks.inOwnCommand(engine, task.getId(), open -> cards.write(open, false));
    }
    if (!missing.isEmpty()) {
      LOG.info("{} open task(s) got their Tasklist card", missing.size());
    }
    return missing.size();
  }
}
