package pl.vetworkflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans the reminder timers of earlier model versions call ({@code ${sendOverdueReminders}},
 * {@code ${taskReminder.remind(execution)}}, {@code ${taskReminder.escalate(execution, 'task')}}).
 * The current models have no such timers: {@link OverdueTaskReminders} reminds every open task,
 * whatever version its case was started on. Cases still running on an earlier version keep their
 * timers, which now do nothing instead of failing with an incident. Remove this once no case of a
 * version before the reminder job is open.
 */
@Configuration(proxyBeanMethods = false)
public class RetiredReminderTimers {

  @Bean({"sendOverdueReminders", "taskReminder"})
  RetiredTimer retiredReminderTimer() {
    return new RetiredTimer();
  }

  /** Answers every call of the retired beans with nothing. */
  public static final class RetiredTimer implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      // the reminder job sends what is due
    }

    public int remind(DelegateExecution execution) {
      return 0;
    }

    public int remind(DelegateExecution execution, String taskDefinitionKey) {
      return 0;
    }

    public int escalate(DelegateExecution execution) {
      return 0;
    }

    public int escalate(DelegateExecution execution, String taskDefinitionKey) {
      return 0;
    }
  }
}
