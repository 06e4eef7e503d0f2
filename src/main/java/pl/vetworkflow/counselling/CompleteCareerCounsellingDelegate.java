package pl.vetworkflow.counselling;

import static pl.vetworkflow.counselling.CareerCounsellingVariables.sessionHoursTotal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.support.SupportRegistry;

/**
 * {@code ${completeCareerCounselling}}: after the action plan: the pupil's support is COMPLETED, ending today with the hours of the sessions held.
 */
@Component("completeCareerCounselling")
public class CompleteCareerCounsellingDelegate implements JavaDelegate {
  private final CounsellingSupports supports;
  private final EngineClock clock;

  public CompleteCareerCounsellingDelegate(CounsellingSupports supports, EngineClock clock) {
    this.supports = supports;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    supports.finish(execution.getProcessBusinessKey(), SupportRegistry.Status.COMPLETED, clock.today(),
        sessionHoursTotal.get(execution));
  }
}
