package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordCourseProvider}}: the training provider and the contract (an existing one given in the
 * review, or the one concluded by supplier-selection) are recorded with the course.
 */
@Component("recordCourseProvider")
public class RecordCourseProviderDelegate implements JavaDelegate {
  private final CourseRegistry courses;

  public RecordCourseProviderDelegate(CourseRegistry courses) {
    this.courses = courses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    courses.recordProvider(execution.getProcessBusinessKey(), providerName.getOrNull(execution),
        contractNumber.getOrNull(execution));
  }
}
