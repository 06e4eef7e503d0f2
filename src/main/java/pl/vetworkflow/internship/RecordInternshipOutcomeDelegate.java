package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.support.SupportRegistry;

/**
 * {@code ${recordInternshipOutcome}} with the local input {@code outcome} (student and teacher
 * internship): closes the internship's support record as COMPLETED (actual end and hours),
 * NOT_COMPLETED (actual end and hours) or DROPPED_OUT (the reported dropout date).
 */
@Component("recordInternshipOutcome")
public class RecordInternshipOutcomeDelegate implements JavaDelegate {
  private final SupportRegistry supports;

  public RecordInternshipOutcomeDelegate(SupportRegistry supports) {
    this.supports = supports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupportRegistry.Status status = outcome.get(execution);
    LocalDate end;
    Integer hours = null;
    if (status == SupportRegistry.Status.DROPPED_OUT) {
      end = dropoutDate.get(execution);
    } else {
      end = actualEndDate.get(execution);
      hours = actualHours.get(execution).intValue();
    }
    supports.finish(InternshipKind.of(execution).supportKind, execution.getProcessBusinessKey(), status, end, hours);
  }
}
