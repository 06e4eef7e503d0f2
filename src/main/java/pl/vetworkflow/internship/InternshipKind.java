package pl.vetworkflow.internship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.process.ProcessVariable;
import pl.vetworkflow.engine.Definitions;
import pl.vetworkflow.support.SupportRegistry;

/**
 * The two internships and what the shared delegates need to know about each: where the participant's
 * identity is, what kind of participant and of support the registry records.
 */
enum InternshipKind {
  STUDENT(StudentInternshipVariables.PROCESS_KEY, StudentInternshipVariables.studentPesel,
      StudentInternshipVariables.studentFirstName, StudentInternshipVariables.studentLastName,
      ParticipantType.STUDENT, SupportRegistry.Kind.STUDENT_INTERNSHIP),
  TEACHER(TeacherInternshipVariables.PROCESS_KEY, TeacherInternshipVariables.teacherPesel,
      TeacherInternshipVariables.teacherFirstName, TeacherInternshipVariables.teacherLastName,
      ParticipantType.TEACHER, SupportRegistry.Kind.TEACHER_INTERNSHIP);

  final String processKey;
  final ProcessVariable<String> pesel;
  final ProcessVariable<String> firstName;
  final ProcessVariable<String> lastName;
  final ParticipantType participantType;
  final SupportRegistry.Kind supportKind;

  InternshipKind(String processKey, ProcessVariable<String> pesel, ProcessVariable<String> firstName,
      ProcessVariable<String> lastName, ParticipantType participantType, SupportRegistry.Kind supportKind) {
    this.processKey = processKey;
    this.pesel = pesel;
    this.firstName = firstName;
    this.lastName = lastName;
    this.participantType = participantType;
    this.supportKind = supportKind;
  }

  /** The internship whose model runs this execution (read from the engine's cache, no authorization check). */
  static InternshipKind of(DelegateExecution execution) {
    String key = Definitions.key(execution);
    for (InternshipKind kind : values()) {
      if (kind.processKey.equals(key)) {
        return kind;
      }
    }
    throw new IllegalStateException("Process '" + key + "' is not an internship");
  }
}
