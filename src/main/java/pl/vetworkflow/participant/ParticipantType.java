package pl.vetworkflow.participant;

public enum ParticipantType {
  /** uczeń */
  STUDENT,
  /** nauczyciel */
  TEACHER,
  /** instruktor praktycznej nauki zawodu / opiekun stażysty */
  INSTRUCTOR
}
