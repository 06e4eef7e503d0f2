package pl.vetworkflow.notification;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.OverdueTaskReminders;

/**
 * Reminders and escalations for process models, driven by the models' own timers. Typical use: a
 * non-interrupting timer boundary event on a user task, followed by a service task or carrying an
 * execution listener with
 * <pre>
 *   ${taskReminder.remind(execution)}     same people as the task (assignee, else candidates)
 *   ${taskReminder.escalate(execution)}   members of the escalation group (coordinators)
 * </pre>
 * Without a task id the task is the one the boundary event is attached to (called on the boundary
 * event itself or on the element right after it); otherwise pass the user task's id:
 * {@code ${taskReminder.remind(execution, 'reviewApplication')}}. Every open task of that id in the
 * process instance is reminded (all instances of a multi-instance task).
 *
 * <p>Messages are recorded in the outbox in the timer job's transaction, like task notifications.
 * The methods return the number of messages recorded.
 */
@Component("taskReminder")
public class TaskReminder implements OverdueTaskReminders {
  private static final int MAX_TASKS = 1000;

  private final TaskNotifier notifier;
  private final MailSettings settings;

  public TaskReminder(TaskNotifier notifier, MailSettings settings) {
    this.notifier = notifier;
    this.settings = settings;
  }

  public int remind(DelegateExecution execution) {
    return remind(execution, attachedTaskId(execution));
  }

  public int remind(DelegateExecution execution, String taskDefinitionKey) {
    int added = 0;
    for (DelegateTask task : openTasks(execution, taskDefinitionKey)) {
      added += notifier.notify(task, NotificationKind.REMINDER, notifier.recipients().forTask(task));
    }
    return added;
  }

  /** For models whose timers call {@code ${sendOverdueReminders}}: the overdue tasks it found, same people. */
  @Override
  public void remind(String businessKey, List<Task> overdueTasks) {
    for (Task task : overdueTasks) {
      DelegateTask delegateTask = (DelegateTask) task;
      notifier.notify(delegateTask, NotificationKind.REMINDER, notifier.recipients().forTask(delegateTask));
    }
  }

  public int escalate(DelegateExecution execution) {
    return escalate(execution, attachedTaskId(execution));
  }

  public int escalate(DelegateExecution execution, String taskDefinitionKey) {
    int added = 0;
    List<DelegateTask> tasks = openTasks(execution, taskDefinitionKey);
    if (tasks.isEmpty()) {
      return 0;
    }
    List<Recipient> coordinators = notifier.recipients().forGroup(settings.escalationGroup());
    for (DelegateTask task : tasks) {
      added += notifier.notify(task, NotificationKind.ESCALATION, coordinators);
    }
    return added;
  }

  private static List<DelegateTask> openTasks(DelegateExecution execution, String taskDefinitionKey) {
    if (taskDefinitionKey == null || taskDefinitionKey.isBlank()) {
      throw new ProcessEngineException("taskReminder: no user task id given (process " + execution.getProcessDefinitionId()
          + ", activity " + execution.getCurrentActivityId() + ")");
    }
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      throw new IllegalStateException("taskReminder is called from a process model (inside an engine command) only");
    }
    List<Task> tasks = context.runWithoutAuthorization(() -> execution.getProcessEngineServices().getTaskService()
        .createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).listPage(0, MAX_TASKS));
    if (tasks.isEmpty()) {
      // a timer attached to a task fires only while it is open: nothing found means a wrong task id
      throw new ProcessEngineException("taskReminder: no open user task '" + taskDefinitionKey
          + "' in process instance " + execution.getProcessInstanceId() + " (activity "
          + execution.getCurrentActivityId() + "): check the task id in the model");
    }
    return tasks.stream().map(DelegateTask.class::cast).toList();
  }

  /** The id of the activity the current boundary event is attached to, seen from the event or the element after it. */
  static String attachedTaskId(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (element instanceof BoundaryEvent boundary) {
      return boundary.getAttachedTo().getId();
    }
    if (element instanceof FlowNode node && node.getIncoming().size() == 1) {
      SequenceFlow incoming = node.getIncoming().iterator().next();
      if (incoming.getSource() instanceof BoundaryEvent boundary) {
        return boundary.getAttachedTo().getId();
      }
    }
    throw new ProcessEngineException("taskReminder: activity '" + execution.getCurrentActivityId()
        + "' is neither a boundary event nor right after one; name the task: "
        + "${taskReminder.remind(execution, 'userTaskId')}");
  }
}
