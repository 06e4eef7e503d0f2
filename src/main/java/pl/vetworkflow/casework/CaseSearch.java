package pl.vetworkflow.casework;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.util.ReflectionUtils;

/**
 * Tasklist's search box turns free text into "task name like %text%" (its default search type).
 * When a filter runs with such a query, the text is looked for in the task name, the case subject
 * (participant, school) and the case number of the task's card ({@link TaskCardVariables}), ignoring
 * case: typing a pupil's surname and pressing Enter finds their tasks. Other criteria of the search
 * still apply; a search that already has "or" branches (Tasklist's "any of") is left as it is.
 */
public class CaseSearch extends CommandInterceptor {
  private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
  private static final Field NAME_LIKE = field(TaskQueryImpl.class, "nameLike");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractExecuteFilterCmd run
        && ReflectionUtils.getField(EXTENDING_QUERY, run) instanceof TaskQueryImpl query) {
      widen(query);
    }
    return next.execute(command);
  }

  /** Moves the query's name criterion into an "or" branch over the name and the card's case fields. */
  static void widen(TaskQueryImpl query) {
    String text = query.getNameLike();
    if (text == null || query.getQueries().size() > 1) {
      return;
    }
    ReflectionUtils.setField(NAME_LIKE, query, null);
    query.or()
        .taskNameLike(text)
        .taskVariableValueLike(TaskCardVariables.SUBJECT, text)
        .taskVariableValueLike(TaskCardVariables.CASE_NUMBER, text)
        .matchVariableValuesIgnoreCase()
        .endOr();
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
