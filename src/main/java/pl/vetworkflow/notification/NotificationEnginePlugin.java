package pl.vetworkflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.vetworkflow.casework.TaskCards;

/**
 * Hooks notifications into every user task of every deployed model, present and future, without an
 * element in the model: a parse listener gives each user task built-in "create" and "assignment"
 * listeners. Built-in listeners also run when a task is created by process instance modification
 * with "skip custom listeners" (Cockpit). They only note the task in the command's
 * {@link NotificationSession}; when the command closes, each new task gets its Tasklist card
 * ({@link TaskCards}) and its messages are recorded.
 */
@Component
public class NotificationEnginePlugin extends AbstractProcessEnginePlugin {
  private final ObjectProvider<TaskNotifier> notifier;
  private final ObjectProvider<TaskCards> cards;

  public NotificationEnginePlugin(ObjectProvider<TaskNotifier> notifier, ObjectProvider<TaskCards> cards) {
    this.notifier = notifier;
    this.cards = cards;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new UserTaskParseListener());
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<SessionFactory> sessionFactories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    sessionFactories.add(new NotificationSessionFactory(notifier, cards));
    configuration.setCustomSessionFactories(sessionFactories);
  }

  private static NotificationSession session() {
    return Context.getCommandContext().getSession(NotificationSession.class);
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

  static final class NotificationSessionFactory implements SessionFactory {
    private final ObjectProvider<TaskNotifier> notifier;
    private final ObjectProvider<TaskCards> cards;

    NotificationSessionFactory(ObjectProvider<TaskNotifier> notifier, ObjectProvider<TaskCards> cards) {
      this.notifier = notifier;
      this.cards = cards;
    }

    @Override
    public Class<?> getSessionType() {
      return NotificationSession.class;
    }

    @Override
    public Session openSession() {
      NotificationSession session = new NotificationSession(notifier.getObject(), cards.getObject());
      CommandContext context = Context.getCommandContext();
      context.registerCommandContextListener(session);
      return session;
    }
  }
}
