package pl.vetworkflow.counselling;

import static pl.vetworkflow.counselling.CareerCounsellingVariables.sessionHoursTotal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.support.SupportRegistry;

/**
 * {@code ${recordCounsellingResignation}}: the pupil resigned: the support is NOT_COMPLETED, ending today with the hours of the sessions held.
 */
@Component("recordCounsellingResignation")
public class RecordCounsellingResignationDelegate implements JavaDelegate {
  private final CounsellingSupports supports;
  private final EngineClock clock;

  public RecordCounsellingResignationDelegate(CounsellingSupports supports, EngineClock clock) {
    this.supports = supports;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    supports.finish(execution.getProcessBusinessKey(), SupportRegistry.Status.NOT_COMPLETED, clock.today(),
        sessionHoursTotal.get(execution));
  }
}
