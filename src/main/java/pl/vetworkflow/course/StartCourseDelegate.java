package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.support.SupportRegistry;

/**
 * {@code ${startCourse}}: at the planned start every enrolled person becomes a programme participant
 * (registered once by PESEL, with the kind's participant type and the course's school) and gets a form
 * of support of the course's kind in progress; the course is RUNNING. A course nobody is left on is
 * not started (the model cancels it).
 */
@Component("startCourse")
public class StartCourseDelegate implements JavaDelegate {
  private final CourseRegistry courses;
  private final ParticipantRegistry participants;
  private final CourseEnrolments enrolments;
  private final SupportRegistry supports;

  public StartCourseDelegate(CourseRegistry courses, ParticipantRegistry participants, CourseEnrolments enrolments,
      SupportRegistry supports) {
    this.courses = courses;
    this.participants = participants;
    this.enrolments = enrolments;
    this.supports = supports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    enrolments.publish(execution);
    if (enrolledCount.get(execution) == 0) {
      return;
    }
    CourseKind kind = courseKind.get(execution);
    LocalDate start = plannedStartDate.get(execution);
    String school = schoolId.getOrNull(execution);
    Long approvedHours = programmeHours.getOrNull(execution);
    int hours = (approvedHours != null ? approvedHours : plannedHours.get(execution)).intValue();
    for (CourseRegistry.Enrolment e : courses.active(businessKey)) {
      Participant p = participants.register(e.pesel(), e.firstName(), e.lastName(), kind.participantType(), school,
          start);
      courses.linkParticipant(e.id(), p.id());
      supports.start(p.id(), kind.supportKind(), businessKey, execution.getProcessInstanceId(), start, hours);
    }
    courses.setStatus(businessKey, CourseRegistry.CourseStatus.RUNNING);
  }
}
