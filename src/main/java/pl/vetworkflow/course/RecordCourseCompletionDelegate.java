package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.support.SupportRegistry;

/**
 * {@code ${recordCourseCompletion}}: after the coordinator confirmed the results, each participant's
 * form of support ends COMPLETED or NOT_COMPLETED on the course's end date (the indicators count the
 * completions by kind) and the course is COMPLETED.
 */
@Component("recordCourseCompletion")
public class RecordCourseCompletionDelegate implements JavaDelegate {
  private final CourseRegistry courses;
  private final SupportRegistry supports;

  public RecordCourseCompletionDelegate(CourseRegistry courses, SupportRegistry supports) {
    this.courses = courses;
    this.supports = supports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    CourseKind kind = courseKind.get(execution);
    LocalDate end = plannedEndDate.get(execution);
    for (CourseRegistry.Enrolment e : courses.active(businessKey)) {
      supports.finish(e.participantId(), kind.supportKind(), businessKey,
          e.status() == CourseRegistry.EnrolmentStatus.COMPLETED ? SupportRegistry.Status.COMPLETED
              : SupportRegistry.Status.NOT_COMPLETED, end);
    }
    courses.setStatus(businessKey, CourseRegistry.CourseStatus.COMPLETED);
  }
}
