package pl.vetworkflow.casework;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.tasks.TaskEventListener;

/** Every task a command created gets its Tasklist card ({@link TaskCards}) before the command closes. */
@Component
@Order(10)
public class TaskCardListener implements TaskEventListener {
  private final TaskCards cards;

  public TaskCardListener(TaskCards cards) {
    this.cards = cards;
  }

  @Override
  public void onCommandTasks(List<DelegateTask> created, List<DelegateTask> reassigned, String actorId) {
    for (DelegateTask task : created) {
      cards.write(task);
    }
  }
}
