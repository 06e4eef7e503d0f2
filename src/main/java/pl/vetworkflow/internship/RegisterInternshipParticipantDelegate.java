package pl.vetworkflow.internship;

import static pl.vetworkflow.internship.StudentInternshipVariables.disability;
import static pl.vetworkflow.internship.StudentInternshipVariables.educationLevel;
import static pl.vetworkflow.internship.StudentInternshipVariables.plannedStartDate;
import static pl.vetworkflow.internship.StudentInternshipVariables.schoolId;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.participant.MonitoringField;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.support.SupportRegistry;

/**
 * {@code ${registerInternshipParticipant}} (student and teacher internship): once the agreement is
 * signed the student or teacher is a participant of the programme (counted once, by PESEL, type
 * STUDENT or TEACHER) and this internship a form of support in progress (STUDENT_INTERNSHIP or
 * TEACHER_INTERNSHIP). The application's monitoring answers (education, disability) enter the
 * registry with the person, so the monitoring data still to ask at the first support are the rest.
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
    Map<MonitoringField, String> given = new EnumMap<>(MonitoringField.class);
    given.put(MonitoringField.EDUCATION, educationLevel.getOrNull(execution));
    given.put(MonitoringField.DISABILITY, disability.getOrNull(execution));
    Participant participant = participants.register(kind.pesel.get(execution), kind.firstName.get(execution),
        kind.lastName.get(execution), kind.participantType, schoolId.get(execution), start, given);
    supports.start(participant.id(), kind.supportKind, execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), start);
  }
}
