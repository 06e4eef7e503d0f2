package pl.vetworkflow.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import pl.vetworkflow.engine.ModelProperties;

/**
 * Whether a task gets its own "Nowe zadanie" e-mail. A model (its process, or one user task) with
 * the extension property {@value #PROPERTY} = {@value #DIGEST} gets none: its tasks come in numbers
 * (a course start registers twenty people, each with a monitoring-data task) and are told about
 * together, by a digest. Reminders are the reminder plan's business (processes/task-reminders.dmn).
 */
final class TaskMailPolicy {
  static final String PROPERTY = "vet.mail";
  static final String DIGEST = "digest";

  private TaskMailPolicy() {}

  /** Whether the task's model asks for no per-task e-mail: its user task's property, else its process's. */
  static boolean digestOnly(DelegateTask task) {
    UserTask userTask = task.getExecution() == null ? null : task.getBpmnModelElementInstance();
    if (userTask == null) {
      return false;
    }
    String own = ModelProperties.of(userTask, PROPERTY);
    return DIGEST.equals(own != null ? own : ModelProperties.of(ModelProperties.processOf(userTask), PROPERTY));
  }
}
