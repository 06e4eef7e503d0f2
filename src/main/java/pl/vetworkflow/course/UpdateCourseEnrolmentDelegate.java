package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.validation.JsonRows;

/**
 * {@code ${updateCourseEnrolment}}: withdrawals before the start free their seats, then the added
 * participants take free seats. The two change lists are emptied so the next change starts empty.
 */
@Component("updateCourseEnrolment")
public class UpdateCourseEnrolmentDelegate implements JavaDelegate {
  private final CourseEnrolments enrolments;

  public UpdateCourseEnrolmentDelegate(CourseEnrolments enrolments) {
    this.enrolments = enrolments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    enrolments.withdraw(businessKey, execution.getVariable(WITHDRAWALS));
    enrolments.enrol(businessKey, execution.getVariable(ADDITIONAL_PARTICIPANTS));
    execution.setVariable(WITHDRAWALS, JsonRows.json(List.of()));
    execution.setVariable(ADDITIONAL_PARTICIPANTS, JsonRows.json(List.of()));
    enrolments.publish(execution);
  }
}
