package pl.vetworkflow.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import pl.vetworkflow.casework.TaskCards;

/**
 * Collects the tasks one engine command created or reassigned, and records their messages when the
 * command context closes: after every listener of the command has run (a model's own create listener
 * may set the assignee or candidates), before the engine flushes, inside the same transaction.
 * A failed command records nothing. A task of a model with {@code vet.mail = digest} gets its card but
 * no e-mail ({@link TaskMailPolicy}).
 */
final class NotificationSession implements Session, CommandContextListener {
  private final TaskNotifier notifier;
  private final TaskCards cards;
  private final Map<String, DelegateTask> created = new LinkedHashMap<>();
  private final Map<String, DelegateTask> reassigned = new LinkedHashMap<>();

  NotificationSession(TaskNotifier notifier, TaskCards cards) {
    this.notifier = notifier;
    this.cards = cards;
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
      for (DelegateTask task : created.values()) {
        if (isOpen(task)) {
          // the same listener as the e-mail: the card costs no second pass over the new tasks
          cards.write(task);
          if (!TaskMailPolicy.digestOnly(task)) {
            notifier.notify(task, NotificationKind.TASK, notifier.recipients().forTask(task), true);
          }
        }
      }
      Authentication actor = commandContext.getAuthentication();
      String actorId = actor == null ? null : actor.getUserId();
      for (DelegateTask task : reassigned.values()) {
        // claiming a task for oneself needs no e-mail; being given one by someone else does
        if (isOpen(task) && task.getAssignee() != null && !task.getAssignee().equals(actorId)
            && !TaskMailPolicy.digestOnly(task)) {
          notifier.notify(task, NotificationKind.TASK, notifier.recipients().forTask(task));
        }
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
