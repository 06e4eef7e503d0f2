package pl.vetworkflow.notification;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

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

  /** Whether the task's model asks for no per-task e-mail. */
  static boolean digestOnly(DelegateTask task) {
    UserTask userTask = task.getExecution() == null ? null : task.getBpmnModelElementInstance();
    if (userTask == null) {
      return false;
    }
    Optional<String> own = property(userTask);
    if (own.isPresent()) {
      return DIGEST.equals(own.get());
    }
    return process(userTask).flatMap(TaskMailPolicy::property).map(DIGEST::equals).orElse(false);
  }

  private static Optional<Process> process(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof Process process) {
        return Optional.of(process);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> property(BaseElement element) {
    if (element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> PROPERTY.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue).findFirst();
  }
}
