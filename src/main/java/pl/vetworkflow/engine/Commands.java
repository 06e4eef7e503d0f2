package pl.vetworkflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** What feature code may do with the engine command it runs in (a delegate, a listener, a form check). */
public final class Commands {
  private Commands() {}

  /**
   * Runs {@code action} in the current engine command without authorization checks (the process
   * acts, not the user: reading a deployed model, granting access to a case); outside a command it
   * simply runs.
   */
  public static <T> T withoutAuthorization(Supplier<T> action) {
    CommandContext context = Context.getCommandContext();
    return context == null ? action.get() : context.runWithoutAuthorization(action::get);
  }

  /** As {@link #withoutAuthorization(Supplier)}, for an action without a result. */
  public static void withoutAuthorization(Runnable action) {
    withoutAuthorization(() -> {
      action.run();
      return null;
    });
  }

  /** The repository service of the engine running the current command. */
  public static RepositoryService repositoryService() {
    return Context.getProcessEngineConfiguration().getRepositoryService();
  }

  /**
   * Runs {@code action} in an engine command of its own without authorization checks (a background
   * job that needs the engine's context, e.g. to resolve a group's members), inside the current Spring
   * transaction if there is one.
   */
  public static <T> T inCommand(ProcessEngine engine, Supplier<T> action) {
    return executor(engine).execute(context -> context.runWithoutAuthorization(action::get));
  }

  /**
   * Runs {@code action} in the current engine command without authorization checks; fails outside a
   * command ({@code what} names the caller's need in the message).
   */
  public static <T> T insideCommandWithoutAuthorization(String what, Supplier<T> action) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      throw new IllegalStateException(what + " inside an engine command only");
    }
    return context.runWithoutAuthorization(action::get);
  }

  /** The identity service of the engine running the current command. */
  public static IdentityService identityService() {
    return Context.getProcessEngineConfiguration().getIdentityService();
  }

  /**
   * Runs {@code action} as the application: without the calling thread's authentication (a job sees
   * every task and definition, whoever triggered it), which is restored afterwards.
   */
  public static <T> T asApplication(IdentityService identity, Supplier<T> action) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /**
   * Runs {@code action} on the open, active task {@code taskId} in a command without authorization,
   * inside the current Spring transaction if there is one; null when the task is gone or suspended.
   */
  public static <T> T onActiveTask(ProcessEngine engine, String taskId, java.util.function.Function<DelegateTask, T> action) {
    return executor(engine).execute(context -> context.runWithoutAuthorization(() -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      return task == null || task.isSuspended() ? null : action.apply(task);
    }));
  }

  /** The engine's executor of commands that join the current transaction (or start one). */
  static CommandExecutor executor(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }
}
