package pl.vetworkflow.internship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import pl.vetworkflow.participant.ParticipantType;

/**
 * The two internships and what the shared delegates need to know about each: where the participant's
 * identity is, what kind of participant and of support the registry records.
 */
enum InternshipKind {
  STUDENT(StudentInternshipVariables.PROCESS_KEY, StudentInternshipVariables.STUDENT_PESEL,
      StudentInternshipVariables.STUDENT_FIRST_NAME, StudentInternshipVariables.STUDENT_LAST_NAME,
      ParticipantType.STUDENT, SupportRegistry.Kind.STUDENT_INTERNSHIP),
  TEACHER(TeacherInternshipVariables.PROCESS_KEY, TeacherInternshipVariables.TEACHER_PESEL,
      TeacherInternshipVariables.TEACHER_FIRST_NAME, TeacherInternshipVariables.TEACHER_LAST_NAME,
      ParticipantType.TEACHER, SupportRegistry.Kind.TEACHER_INTERNSHIP);

  final String processKey;
  final String peselVariable;
  final String firstNameVariable;
  final String lastNameVariable;
  final ParticipantType participantType;
  final SupportRegistry.Kind supportKind;

  InternshipKind(String processKey, String peselVariable, String firstNameVariable, String lastNameVariable,
      ParticipantType participantType, SupportRegistry.Kind supportKind) {
    this.processKey = processKey;
    this.peselVariable = peselVariable;
    this.firstNameVariable = firstNameVariable;
    this.lastNameVariable = lastNameVariable;
    this.participantType = participantType;
    this.supportKind = supportKind;
  }

  /** The internship whose model runs this execution (read from the engine's cache, no authorization check). */
  static InternshipKind of(DelegateExecution execution) {
    String key = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    for (InternshipKind kind : values()) {
      if (kind.processKey.equals(key)) {
        return kind;
      }
    }
    throw new IllegalStateException("Process '" + key + "' is not an internship");
  }
}
