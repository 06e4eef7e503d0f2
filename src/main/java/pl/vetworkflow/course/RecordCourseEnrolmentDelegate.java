package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordCourseEnrolment}}: the participants of the (validated) participant rows are enrolled. */
@Component("recordCourseEnrolment")
public class RecordCourseEnrolmentDelegate implements JavaDelegate {
  private final CourseEnrolments enrolments;

  public RecordCourseEnrolmentDelegate(CourseEnrolments enrolments) {
    this.enrolments = enrolments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    enrolments.enrol(execution.getProcessBusinessKey(), participants.getOrNull(execution));
    enrolments.publish(execution);
  }
}
