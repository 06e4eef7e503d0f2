package pl.vetworkflow.engine.hardening;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Interceptors;
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
    Interceptors.addAfterContext(configuration, QueryExpressionGuard::new);
    // claim rule: only for oneself, only what one may complete; a claim can be given back
    Interceptors.addAfterContext(configuration, () -> new ClaimGuard(claimPolicy, taskFacts));
  }
}
