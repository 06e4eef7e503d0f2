package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${prepareCourseResults}}: when the course has ended, the results sheet is pre-filled with one
 * line per participant (PESEL and name), so the person entering the provider's results fills in only
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
    String sheet = courses.active(execution.getProcessBusinessKey()).stream()
        .map(e -> ResultsSheet.templateLine(e.pesel(), e.name())).collect(Collectors.joining("\n"));
    execution.setVariable(COURSE_RESULTS, "# " + ResultsSheet.FORMAT + "\n" + sheet);
  }
}
