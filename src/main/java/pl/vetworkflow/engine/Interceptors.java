package pl.vetworkflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Adds the application's command interceptors to the engine's chains, keeping what is there. */
public final class Interceptors {
  private Interceptors() {}

  /**
   * After the command context exists (it can read the database), in both chains (commands in the
   * caller's transaction and in a new one): one interceptor from {@code interceptor} each.
   */
  public static void addAfterContext(ProcessEngineConfigurationImpl configuration,
      Supplier<? extends CommandInterceptor> interceptor) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor.get()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), interceptor.get()));
  }

  /** Before the command context exists, for commands in the caller's transaction. */
  public static void addBeforeContext(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), interceptor));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    list.add(added);
    return list;
  }
}
