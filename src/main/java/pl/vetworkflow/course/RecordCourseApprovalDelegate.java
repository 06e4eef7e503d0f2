package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    boolean override = Boolean.TRUE.equals(execution.getVariable(TARGET_EXCEEDED));
    courses.approve(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        CourseKind.of(execution.getVariable(COURSE_KIND)), (String) execution.getVariable(SCHOOL_ID),
        (String) execution.getVariable(TOPIC), ((Number) execution.getVariable(SEATS)).intValue(),
        ((Number) execution.getVariable(PLANNED_HOURS)).intValue(),
        LocalDate.parse((String) execution.getVariable(PLANNED_START_DATE)),
        LocalDate.parse((String) execution.getVariable(PLANNED_END_DATE)),
        BigDecimal.valueOf(((Number) execution.getVariable(ESTIMATED_COST)).doubleValue()),
        override ? (String) execution.getVariable(TARGET_OVERRIDE_REASON) : null);
  }
}
