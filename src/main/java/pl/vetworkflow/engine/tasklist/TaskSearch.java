package pl.vetworkflow.engine.tasklist;

import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ReflectionUtils;

/**
 * Tasklist's search box turns free text into "task name like %text%" (its default search type).
 * When a filter runs with such a query, the text is looked for in the task name and in the
 * {@link TaskSearchFields} of the task, ignoring case: typing a pupil's surname and pressing Enter
 * finds their tasks. Other criteria of the search still apply; a search that already has "or"
 * branches (Tasklist's "any of") is left as it is.
 */
public class TaskSearch extends CommandInterceptor {
  private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
  private static final Field NAME_LIKE = field(TaskQueryImpl.class, "nameLike");

  private final ObjectProvider<TaskSearchFields> fields;

  public TaskSearch(ObjectProvider<TaskSearchFields> fields) {
    this.fields = fields;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractExecuteFilterCmd run
        && ReflectionUtils.getField(EXTENDING_QUERY, run) instanceof TaskQueryImpl query) {
      TaskSearchFields searched = fields.getIfAvailable();
      if (searched != null) {
        widen(query, searched.taskVariables());
      }
    }
    return next.execute(command);
  }

  /** Moves the query's name criterion into an "or" branch over the name and the given task variables. */
  static void widen(TaskQueryImpl query, List<String> variables) {
    String text = query.getNameLike();
    if (text == null || variables.isEmpty() || query.getQueries().size() > 1) {
      return;
    }
    ReflectionUtils.setField(NAME_LIKE, query, null);
    TaskQuery or = query.or().taskNameLike(text);
    for (String variable : variables) {
      or = or.taskVariableValueLike(variable, text);
    }
    or.matchVariableValuesIgnoreCase().endOr();
  }

  private static Field field(Class<?> type, String name) {
    Field field = ReflectionUtils.findField(type, name);
    if (field == null) {
      // without it the search would silently fall back to task names only
      throw new IllegalStateException("Camunda engine changed: " + type.getName() + "." + name + " is gone");
    }
    ReflectionUtils.makeAccessible(field);
    return field;
  }
}
