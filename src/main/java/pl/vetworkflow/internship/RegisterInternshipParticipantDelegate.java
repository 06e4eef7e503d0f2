package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.DISABILITY;
import static pl.vetworkflow.internship.StudentInternshipVariables.EDUCATION_LEVEL;
import static pl.vetworkflow.internship.StudentInternshipVariables.PLANNED_START_DATE;
import static pl.vetworkflow.internship.StudentInternshipVariables.SCHOOL_ID;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;

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
    LocalDate start = LocalDate.parse((String) execution.getVariable(PLANNED_START_DATE));
    Participant participant = participants.register((String) execution.getVariable(kind.peselVariable),
        (String) execution.getVariable(kind.firstNameVariable), (String) execution.getVariable(kind.lastNameVariable),
        kind.participantType, (String) execution.getVariable(SCHOOL_ID), start);
    participants.recordMonitoringData(participant.id(), (String) execution.getVariable(EDUCATION_LEVEL),
        (String) execution.getVariable(DISABILITY));
    supports.start(participant.id(), kind.supportKind, execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), start);
  }
}
