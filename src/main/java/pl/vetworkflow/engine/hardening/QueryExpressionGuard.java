package pl.vetworkflow.engine.hardening;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Closes CVE-2026-109432: the stock engine checks only a task query's top-level expressions, so an
 * expression inside {@code orQueries} (ad-hoc REST query, Tasklist search or stored filter) is
 * evaluated as JUEL, i.e. arbitrary code. Here every expression of every task query, including each
 * or-branch of the query, of a filter being saved and of a filter being run, must be one of the
 * harmless Tasklist functions (current user, their groups, now, date arithmetic).
 */
public class QueryExpressionGuard extends CommandInterceptor {
  /** What Tasklist's own filter editor offers; nothing else is evaluated. */
  static final Pattern SAFE_EXPRESSION = Pattern.compile(
      "\\$\\{\\s*(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
          + "|dateTime\\(\\)(\\.(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes)\\(\\d{1,5}\\))*\\.toDate\\(\\))\\s*}");

  private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
  private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
  private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof TaskQueryImpl query) {
      check(query);
    } else if (command instanceof SaveFilterCmd save) {
      Filter filter = (Filter) read(SAVED_FILTER, save);
      if (filter != null) {
        check(filter.getQuery());
      }
    } else if (command instanceof AbstractExecuteFilterCmd run) {
      check(read(EXTENDING_QUERY, run));
      String filterId = (String) read(FILTER_ID, run);
      if (filterId != null) {
        Filter stored = Context.getCommandContext().getFilterManager().findFilterById(filterId);
        if (stored != null) {
          check(stored.getQuery());
        }
      }
    }
    return next.execute(command);
  }

  static void check(Object query) {
    if (!(query instanceof TaskQueryImpl taskQuery)) {
      return;
    }
    List<TaskQueryImpl> branches = new ArrayList<>(taskQuery.getQueries());
    branches.add(taskQuery);
    for (TaskQueryImpl branch : branches) {
      branch.getExpressions().forEach((criterion, expression) -> {
        if (expression == null || !SAFE_EXPRESSION.matcher(expression).matches()) {
          throw new BadUserRequestException("Expression not allowed in task query criterion '" + criterion
              + "': only ${currentUser()}, ${currentUserGroups()}, ${now()} and ${dateTime()...toDate()} are");
        }
      });
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      // The guard must not silently stop guarding after an engine upgrade.
      throw new IllegalStateException("Camunda engine changed: " + type.getName() + "." + name + " is gone", e);
    }
  }

  private static Object read(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
