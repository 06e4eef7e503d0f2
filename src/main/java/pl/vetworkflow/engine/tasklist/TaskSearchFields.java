package pl.vetworkflow.engine.tasklist;

import java.util.List;

/**
 * The task-local variables Tasklist's free-text search also looks in (a feature's bean; without one
 * the search stays on task names).
 */
public interface TaskSearchFields {
  /** Names of task-local text variables matched, ignoring case, like the task name. */
  List<String> taskVariables();
}
