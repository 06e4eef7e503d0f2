package pl.vetworkflow.engine.tasks;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Told, once per engine command, which user tasks the command created or gave to someone
 * ({@link TaskEventsPlugin}): after every listener of the command has run (a model's own create
 * listener may set the assignee or candidates), before the engine flushes, inside the same
 * transaction. A failed command tells nothing. Implemented by feature beans, called in their
 * {@code @Order}.
 */
public interface TaskEventListener {
  /**
   * {@code created}: the still open tasks this command created; {@code reassigned}: still open tasks
   * that existed before and got an assignee in this command; {@code actorId}: the authenticated user,
   * or null for the application's own commands.
   */
  void onCommandTasks(List<DelegateTask> created, List<DelegateTask> reassigned, String actorId);
}
