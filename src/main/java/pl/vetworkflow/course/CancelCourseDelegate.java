package pl.vetworkflow.course;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${cancelCourse}}: an approved course that will not run (no provider, programme refused by the
 * kurator, nobody left on it at the start) is CANCELLED, so its seats no longer count against the target.
 */
@Component("cancelCourse")
public class CancelCourseDelegate implements JavaDelegate {
  private final CourseRegistry courses;

  public CancelCourseDelegate(CourseRegistry courses) {
    this.courses = courses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    courses.setStatus(execution.getProcessBusinessKey(), CourseRegistry.CourseStatus.CANCELLED);
  }
}
