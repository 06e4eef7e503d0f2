package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.util.List;
import java.util.Map;
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

  /** Enrols every row the form check accepted; a registry person keeps the registry's name. */
  void enrol(String businessKey, Object rows) {
    ParticipantRows.Parsed parsed = ParticipantRows.parse(rows);
    if (!parsed.errors().isEmpty()) {
      throw new IllegalStateException("participant rows of " + businessKey + " were not validated: " + parsed.errors());
    }
    for (ParticipantRows.Entry e : parsed.entries()) {
      Participant known = participants.findByPesel(e.pesel()).orElse(null);
      courses.enrol(businessKey, e.pesel(), known == null ? e.firstName() : known.firstName(),
          known == null ? e.lastName() : known.lastName(), CourseDates.today());
    }
  }

  void withdraw(String businessKey, Object rows) {
    for (ParticipantRows.Entry e : ParticipantRows.parsePesels(rows).entries()) {
      courses.withdraw(businessKey, e.pesel());
    }
  }

  /** Sets enrolledCount and enrolledParticipants from the table. */
  void publish(DelegateExecution execution) {
    List<CourseRegistry.Enrolment> active = courses.active(execution.getProcessBusinessKey());
    enrolledCount.set(execution, (long) active.size());
    enrolledParticipants.set(execution, active.stream()
        .map(e -> Map.<String, Object>of("pesel", e.pesel(), "name", e.name())).toList());
  }
}
