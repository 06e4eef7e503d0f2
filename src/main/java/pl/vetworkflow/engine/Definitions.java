package pl.vetworkflow.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The process definition of a running execution or task, from the engine's deployment cache: no
 * query and no authorization check (the public {@code RepositoryService} checks READ).
 */
public final class Definitions {
  private Definitions() {}

  /** The key of the process the execution runs; null outside a process. */
  public static String key(DelegateExecution execution) {
    ProcessDefinitionEntity definition = definition(execution);
    return definition == null ? null : definition.getKey();
  }

  /** The name of the process the execution runs; null if there is none. */
  public static String name(DelegateExecution execution) {
    ProcessDefinitionEntity definition = definition(execution);
    return definition == null ? null : definition.getName();
  }

  /** The name of the process of a task; null for a standalone task. */
  public static String name(DelegateTask task) {
    if (task instanceof TaskEntity entity) {
      ProcessDefinitionEntity definition = entity.getProcessDefinition();
      return definition == null ? null : definition.getName();
    }
    return null;
  }

  private static ProcessDefinitionEntity definition(DelegateExecution execution) {
    return execution instanceof ExecutionEntity entity ? entity.getProcessDefinition() : null;
  }
}
