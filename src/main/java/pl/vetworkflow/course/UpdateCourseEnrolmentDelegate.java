package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${updateCourseEnrolment}}: withdrawals before the start free their seats, then the added
 * participants take free seats. The two change fields are cleared so the next change starts empty.
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
    enrolments.withdraw(businessKey, (String) execution.getVariable(WITHDRAWN_PESELS));
    enrolments.enrol(businessKey, (String) execution.getVariable(ADDITIONAL_PARTICIPANTS));
    execution.setVariable(WITHDRAWN_PESELS, null);
    execution.setVariable(ADDITIONAL_PARTICIPANTS, null);
    enrolments.publish(execution);
  }
}
