package pl.vetworkflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

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
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(action::get));
  }
}
