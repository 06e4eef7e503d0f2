package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${prepareCourseResults}}: when the course has ended, the result rows are pre-filled with one
 * row per participant (PESEL and name), so the person entering the provider's results fills in only
 * attendance, exam and certificate.
 */
@Component("prepareCourseResults")
public class PrepareCourseResultsDelegate implements JavaDelegate {
  private final CourseRegistry courses;

  public PrepareCourseResultsDelegate(CourseRegistry courses) {
    this.courses = courses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    courseResults.set(execution, courses.active(execution.getProcessBusinessKey()).stream()
        .map(e -> ResultRows.template(e.pesel(), e.name())).toList());
  }
}
