package pl.vetworkflow.engine.tasklist;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.Interceptors;

/** Tasklist's free-text search by case ({@link TaskSearch}) for every filter run, over REST and in Tasklist alike. */
@Component
public class TaskSearchPlugin extends AbstractProcessEnginePlugin {
  private final ObjectProvider<TaskSearchFields> fields;

  public TaskSearchPlugin(ObjectProvider<TaskSearchFields> fields) {
    this.fields = fields;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Interceptors.addBeforeContext(configuration, new TaskSearch(fields));
  }
}
