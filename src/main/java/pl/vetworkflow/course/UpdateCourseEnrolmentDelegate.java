package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
    enrolments.withdraw(businessKey, withdrawals.getOrNull(execution));
    enrolments.enrol(businessKey, additionalParticipants.getOrNull(execution));
    withdrawals.set(execution, List.of());
    additionalParticipants.set(execution, List.of());
    enrolments.publish(execution);
  }
}
