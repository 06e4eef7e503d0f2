package pl.vetworkflow.engine.tasks;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task of every deployed model, present and future, tells the {@link TaskEventListener}
 * beans when it is created or assigned, without an element in the model: a parse listener gives each
 * user task built-in "create" and "assignment" listeners (built-in listeners also run when a task is
 * created by process instance modification with "skip custom listeners", as Cockpit does). They note
 * the task in the command's {@link TaskEventSession}, which tells the listeners when the command closes.
 */
@Component
public class TaskEventsPlugin extends AbstractProcessEnginePlugin {
  private final ObjectProvider<TaskEventListener> listeners;

  public TaskEventsPlugin(ObjectProvider<TaskEventListener> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new UserTaskParseListener());
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<SessionFactory> sessionFactories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    sessionFactories.add(new TaskEventSessionFactory(listeners));
    configuration.setCustomSessionFactories(sessionFactories);
  }

  private static TaskEventSession session() {
    return Context.getCommandContext().getSession(TaskEventSession.class);
  }

  static final TaskListener ON_CREATE = task -> session().taskCreated(task);
  static final TaskListener ON_ASSIGNMENT = task -> session().taskAssigned(task);

  static final class UserTaskParseListener extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ON_CREATE);
        behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, ON_ASSIGNMENT);
      }
    }
  }

  static final class TaskEventSessionFactory implements SessionFactory {
    private final ObjectProvider<TaskEventListener> listeners;

    TaskEventSessionFactory(ObjectProvider<TaskEventListener> listeners) {
      this.listeners = listeners;
    }

    @Override
    public Class<?> getSessionType() {
      return TaskEventSession.class;
    }

    @Override
    public Session openSession() {
      TaskEventSession session = new TaskEventSession(listeners.orderedStream().toList());
      Context.getCommandContext().registerCommandContextListener(session);
      return session;
    }
  }
}
