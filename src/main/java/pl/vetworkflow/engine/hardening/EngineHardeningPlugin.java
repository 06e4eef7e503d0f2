package pl.vetworkflow.engine.hardening;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.claims.ClaimGuard;
import pl.vetworkflow.engine.claims.ClaimPolicy;
import pl.vetworkflow.engine.claims.TaskFactsReader;

/** Engine-level security additions; the starter applies every ProcessEnginePlugin bean. */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {
  private final ObjectProvider<ClaimPolicy> claimPolicy;
  private final ObjectProvider<TaskFactsReader> taskFacts;

  public EngineHardeningPlugin(ObjectProvider<ClaimPolicy> claimPolicy, ObjectProvider<TaskFactsReader> taskFacts) {
    this.claimPolicy = claimPolicy;
    this.taskFacts = taskFacts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // after the command context exists: the guard reads stored filters
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new QueryExpressionGuard()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new QueryExpressionGuard()));
    // claim rule: only for oneself, only what one may complete; a claim can be given back
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new ClaimGuard(claimPolicy, taskFacts)));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new ClaimGuard(claimPolicy, taskFacts)));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    list.add(added);
    return list;
  }
}
