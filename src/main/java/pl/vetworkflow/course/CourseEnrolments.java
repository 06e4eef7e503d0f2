package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;

/** Writes validated enrolment sheets to vet_course_enrolment and keeps the case's count and list current. */
@Component
public class CourseEnrolments {
  private final CourseRegistry courses;
  private final ParticipantRegistry participants;

  public CourseEnrolments(CourseRegistry courses, ParticipantRegistry participants) {
    this.courses = courses;
    this.participants = participants;
  }

  /** Enrols every line of a sheet the form check accepted; a registry person keeps the registry's name. */
  void enrol(String businessKey, String sheet) {
    EnrolmentSheet.Parsed parsed = EnrolmentSheet.parse(sheet);
    if (!parsed.errors().isEmpty()) {
      throw new IllegalStateException("enrolment sheet of " + businessKey + " was not validated: " + parsed.errors());
    }
    for (EnrolmentSheet.Entry e : parsed.entries()) {
      Participant known = participants.findByPesel(e.pesel()).orElse(null);
      courses.enrol(businessKey, e.pesel(), known == null ? e.firstName() : known.firstName(),
          known == null ? e.lastName() : known.lastName(), CourseDates.today());
    }
  }

  void withdraw(String businessKey, String sheet) {
    for (EnrolmentSheet.Entry e : EnrolmentSheet.parsePesels(sheet).entries()) {
      courses.withdraw(businessKey, e.pesel());
    }
  }

  /** Sets enrolledCount and enrolledSummary from the table. */
  void publish(DelegateExecution execution) {
    List<CourseRegistry.Enrolment> active = courses.active(execution.getProcessBusinessKey());
    execution.setVariable(ENROLLED_COUNT, (long) active.size());
    execution.setVariable(ENROLLED_SUMMARY, active.isEmpty() ? "(brak zapisanych uczestników)"
        : active.stream().map(e -> e.pesel() + " – " + e.name()).collect(Collectors.joining("\n")));
  }
}
