package pl.vetworkflow.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.tasks.TaskEventListener;

/**
 * The "Nowe zadanie" e-mails of the tasks an engine command created or gave to someone, written to the
 * outbox in that command's transaction (after the cards: the mail names the case as the card does). A
 * failed command writes nothing. A task of a model with {@code vet.mail = digest} gets no e-mail
 * ({@link TaskMailPolicy}).
 */
@Component
@Order(20)
public class TaskMailListener implements TaskEventListener {
  private final TaskNotifier notifier;

  public TaskMailListener(TaskNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void onCommandTasks(List<DelegateTask> created, List<DelegateTask> reassigned, String actorId) {
    for (DelegateTask task : created) {
      if (!TaskMailPolicy.digestOnly(task)) {
        notifier.notify(task, NotificationKind.TASK, notifier.recipients().forTask(task), true);
      }
    }
    for (DelegateTask task : reassigned) {
      // claiming a task for oneself needs no e-mail; being given one by someone else does
      if (task.getAssignee() != null && !task.getAssignee().equals(actorId) && !TaskMailPolicy.digestOnly(task)) {
        notifier.notify(task, NotificationKind.TASK, notifier.recipients().forTask(task));
      }
    }
  }
}
