package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.disability;
import static pl.vetworkflow.internship.StudentInternshipVariables.educationLevel;
import static pl.vetworkflow.internship.StudentInternshipVariables.plannedStartDate;
import static pl.vetworkflow.internship.StudentInternshipVariables.schoolId;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.support.SupportRegistry;

/**
 * {@code ${registerInternshipParticipant}} (student and teacher internship): once the agreement is
 * signed the student or teacher is a participant of the programme (counted once, by PESEL, type
 * STUDENT or TEACHER) and this internship a form of support in progress (STUDENT_INTERNSHIP or
 * TEACHER_INTERNSHIP).
 */
@Component("registerInternshipParticipant")
public class RegisterInternshipParticipantDelegate implements JavaDelegate {
  private final ParticipantRegistry participants;
  private final SupportRegistry supports;

  public RegisterInternshipParticipantDelegate(ParticipantRegistry participants, SupportRegistry supports) {
    this.participants = participants;
    this.supports = supports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InternshipKind kind = InternshipKind.of(execution);
    LocalDate start = plannedStartDate.get(execution);
    Participant participant = participants.register(kind.pesel.get(execution), kind.firstName.get(execution),
        kind.lastName.get(execution), kind.participantType, schoolId.get(execution), start);
    participants.recordMonitoringData(participant.id(), educationLevel.getOrNull(execution),
        disability.getOrNull(execution));
    supports.start(participant.id(), kind.supportKind, execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), start);
  }
}
