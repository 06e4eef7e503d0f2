package pl.vetworkflow.engine.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** The tasks one engine command created or reassigned, handed to the listeners when its context closes. */
final class TaskEventSession implements Session, CommandContextListener {
  private final List<TaskEventListener> listeners;
  private final Map<String, DelegateTask> created = new LinkedHashMap<>();
  private final Map<String, DelegateTask> reassigned = new LinkedHashMap<>();

  TaskEventSession(List<TaskEventListener> listeners) {
    this.listeners = listeners;
  }

  void taskCreated(DelegateTask task) {
    created.put(task.getId(), task);
    reassigned.remove(task.getId());
  }

  /** A task that existed before this command got an assignee. */
  void taskAssigned(DelegateTask task) {
    if (!created.containsKey(task.getId())) {
      reassigned.put(task.getId(), task);
    }
  }

  @Override
  public void onCommandContextClose(CommandContext commandContext) {
    try {
      List<DelegateTask> open = created.values().stream().filter(TaskEventSession::isOpen).toList();
      List<DelegateTask> given = reassigned.values().stream().filter(TaskEventSession::isOpen).toList();
      if (open.isEmpty() && given.isEmpty()) {
        return;
      }
      Authentication actor = commandContext.getAuthentication();
      String actorId = actor == null ? null : actor.getUserId();
      for (TaskEventListener listener : listeners) {
        listener.onCommandTasks(new ArrayList<>(open), new ArrayList<>(given), actorId);
      }
    } finally {
      created.clear();
      reassigned.clear();
    }
  }

  @Override
  public void onCommandFailed(CommandContext commandContext, Throwable t) {
    created.clear();
    reassigned.clear();
  }

  private static boolean isOpen(DelegateTask task) {
    return !(task instanceof TaskEntity entity) || !entity.isDeleted();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
