package pl.vetworkflow.engine;

import java.lang.reflect.Field;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ReflectionUtils;

/**
 * What features may do with a task beyond the public API: save the query for the stored variables of
 * a task created in the current command (it has none yet), and work on an open task as a
 * {@link DelegateTask} in a command of its own. The reflected field is listed in EngineContractTest;
 * without it each card and each e-mail costs one query more, nothing else changes.
 */
public final class NewTasks {
  private static final Logger LOG = LoggerFactory.getLogger(NewTasks.class);
  private static final Field VARIABLE_STORE = variableStoreField();

  private NewTasks() {}

  /** Whether the task's own variables have not been loaded yet (for a task created in this command: none stored). */
  public static boolean localVariablesNotLoaded(DelegateTask task) {
    return VARIABLE_STORE != null && task instanceof TaskEntity entity
        && ReflectionUtils.getField(VARIABLE_STORE, entity) instanceof VariableStore<?> store && !store.isInitialized();
  }

  /**
   * A task created in this command has no variables in the database yet: start its variable store
   * empty, so setting variables on it does not first query its (non-existent) stored variables.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static void startWithoutStoredVariables(DelegateTask task) {
    if (VARIABLE_STORE != null && task instanceof TaskEntity entity
        && ReflectionUtils.getField(VARIABLE_STORE, entity) instanceof VariableStore store && !store.isInitialized()) {
      store.setVariablesProvider(VariableCollectionProvider.emptyVariables());
      store.forceInitialization();
    }
  }

  /** Runs {@code action} on the open task {@code taskId} in a command (and transaction) of its own; nothing if it is gone. */
  public static void inOwnCommand(ProcessEngine engine, String taskId, Consumer<DelegateTask> action) {
    Commands.executor(engine).execute(context -> {
          TaskEntity entity = context.getTaskManager().findTaskById(taskId);
          if (entity != null) {
            action.accept(entity);
          }
          return null;
        });
  }

  /** The engine's table of variable instances (with its prefix), for a native task query. */
  public static String variableTable(ManagementService management) {
    return management.getTableName(VariableInstanceEntity.class);
  }

  private static Field variableStoreField() {
    Field field = ReflectionUtils.findField(TaskEntity.class, "variableStore");
    if (field == null || !VariableStore.class.isAssignableFrom(field.getType())) {
      LOG.info("TaskEntity has no variable store field: cards and e-mails of new tasks cost one query more");
      return null;
    }
    ReflectionUtils.makeAccessible(field);
    return field;
  }
}
