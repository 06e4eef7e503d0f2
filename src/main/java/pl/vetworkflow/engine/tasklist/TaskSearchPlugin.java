package pl.vetworkflow.engine.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tasklist's free-text search by case ({@link TaskSearch}) for every filter run, over REST and in Tasklist alike. */
@Component
public class TaskSearchPlugin extends AbstractProcessEnginePlugin {
  private final ObjectProvider<TaskSearchFields> fields;

  public TaskSearchPlugin(ObjectProvider<TaskSearchFields> fields) {
    this.fields = fields;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), new TaskSearch(fields)));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    list.add(added);
    return list;
  }
}
