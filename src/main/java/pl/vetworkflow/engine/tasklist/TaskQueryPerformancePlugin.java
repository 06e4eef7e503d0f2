package pl.vetworkflow.engine.tasklist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's task queries fast for authenticated users at many open tasks (BENCHMARKS.md,
 * "Tasklist at scale"): {@link TaskQueryRewrite} (authorization check as semi-joins, count without
 * DISTINCT when possible) and {@link GlobalGrantAwareAuthorizationManager} (no check for users who
 * may read every task; the user's standing grants kept for {@code vet.performance.standing-grants-ttl}).
 * On with {@code vet.performance.tasklist-tuning} (default true), like {@link TasklistQueryTuning}.
 */
@Component
@ConditionalOnProperty(name = "vet.performance.tasklist-tuning", havingValue = "true", matchIfMissing = true)
public class TaskQueryPerformancePlugin extends AbstractProcessEnginePlugin {
  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryPerformancePlugin.class);
  private final GlobalGrantAwareAuthorizationManager.Factory authorizationManagers;

  public TaskQueryPerformancePlugin(@Value("${vet.performance.standing-grants-ttl:30s}") Duration standingGrantsTtl) {
    this.authorizationManagers = new GlobalGrantAwareAuthorizationManager.Factory(standingGrantsTtl);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(authorizationManagers);
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    authorizationManagers.installStatements(configuration);
    try {
      TaskQueryRewrite.install(configuration);
      LOG.info("Task queries: authorization check as semi-joins ({})", TaskQueryRewrite.TEMPLATE);
    } catch (TaskQueryRewrite.UnsupportedShape e) {
      LOG.warn("Task queries left as the engine builds them: {}", e.getMessage());
    }
  }
}
