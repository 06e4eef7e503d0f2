package pl.vetworkflow.engine.submissions;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Interceptors;

/** Installs {@link SubmissionGuard} after the command context exists (the starter applies every plugin bean). */
@Component
public class SubmissionGuardPlugin extends AbstractProcessEnginePlugin {
  private final ObjectProvider<SubmissionPolicy> policy;

  public SubmissionGuardPlugin(ObjectProvider<SubmissionPolicy> policy) {
    this.policy = policy;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Interceptors.addAfterContext(configuration, () -> new SubmissionGuard(policy));
  }
}
