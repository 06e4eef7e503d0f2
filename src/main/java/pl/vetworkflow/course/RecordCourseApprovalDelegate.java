package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordCourseApproval}}: the approved course enters vet_course (status APPROVED), so its seats
 * count against the programme's target from now on; an override reason is kept with it.
 */
@Component("recordCourseApproval")
public class RecordCourseApprovalDelegate implements JavaDelegate {
  private final CourseRegistry courses;

  public RecordCourseApprovalDelegate(CourseRegistry courses) {
    this.courses = courses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean override = Boolean.TRUE.equals(targetExceeded.getOrNull(execution));
    courses.approve(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        courseKind.get(execution), schoolId.getOrNull(execution), courseTopic.getOrNull(execution),
        seats.get(execution).intValue(), plannedHours.get(execution).intValue(), plannedStartDate.get(execution),
        plannedEndDate.get(execution), BigDecimal.valueOf(estimatedCost.get(execution)),
        override ? targetOverrideReason.getOrNull(execution) : null);
  }
}
