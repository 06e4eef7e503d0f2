package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;

/**
 * {@code ${registerInternshipParticipant}}: once the agreement is signed the student is a participant
 * of the programme (counted once, by PESEL) and this internship a form of support in progress.
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
    LocalDate start = LocalDate.parse((String) execution.getVariable(PLANNED_START_DATE));
    Participant participant = participants.register((String) execution.getVariable(STUDENT_PESEL),
        (String) execution.getVariable(STUDENT_FIRST_NAME), (String) execution.getVariable(STUDENT_LAST_NAME),
        ParticipantType.STUDENT, (String) execution.getVariable(SCHOOL_ID), start);
    supports.start(participant.id(), SupportRegistry.Kind.STUDENT_INTERNSHIP, execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), start);
  }
}
