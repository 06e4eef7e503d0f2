package pl.vetworkflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
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
}
