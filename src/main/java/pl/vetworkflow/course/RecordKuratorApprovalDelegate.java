package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordKuratorApproval}}: the kurator oświaty's approval of a PNZ course programme (number,
 * date) and the approved hours are recorded with the course before enrolment opens.
 */
@Component("recordKuratorApproval")
public class RecordKuratorApprovalDelegate implements JavaDelegate {
  private final CourseRegistry courses;

  public RecordKuratorApprovalDelegate(CourseRegistry courses) {
    this.courses = courses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    courses.recordKuratorApproval(execution.getProcessBusinessKey(), kuratorApprovalNumber.getOrNull(execution),
        kuratorApprovalDate.get(execution), programmeHours.get(execution).intValue());
  }
}
