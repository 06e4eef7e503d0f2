package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordCourseCompletion}}: after the coordinator confirmed the results, each participant's
 * form of support ends COMPLETED or NOT_COMPLETED on the course's end date (the indicators count the
 * completions by kind) and the course is COMPLETED.
 */
@Component("recordCourseCompletion")
public class RecordCourseCompletionDelegate implements JavaDelegate {
  private final CourseRegistry courses;

  public RecordCourseCompletionDelegate(CourseRegistry courses) {
    this.courses = courses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    CourseKind kind = courseKind.get(execution);
    LocalDate end = plannedEndDate.get(execution);
    for (CourseRegistry.Enrolment e : courses.active(businessKey)) {
      courses.finishSupport(e.participantId(), kind, businessKey,
          e.status() == CourseRegistry.EnrolmentStatus.COMPLETED, end);
    }
    courses.setStatus(businessKey, CourseRegistry.CourseStatus.COMPLETED);
  }
}
