package pl.vetworkflow.casework;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@code ${sendOverdueReminders}}: the service task behind every reminder timer. It looks up the
 * open tasks of the process instance that are past their due date and hands them to
 * {@link OverdueTaskReminders}; a timer that fires when nothing is overdue (the task was completed
 * meanwhile cannot happen, a due date moved later can) sends nothing.
 */
@Component("sendOverdueReminders")
public class SendOverdueRemindersDelegate implements JavaDelegate {
  private final TaskService taskService;
  private final OverdueTaskReminders reminders;

  public SendOverdueRemindersDelegate(TaskService taskService, OverdueTaskReminders reminders) {
    this.taskService = taskService;
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = ClockUtil.getCurrentTime();
    List<Task> overdue = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .dueBefore(now).active().list();
    if (overdue.isEmpty()) {
      return;
    }
    reminders.remind(execution.getProcessBusinessKey(), overdue);
  }
}
