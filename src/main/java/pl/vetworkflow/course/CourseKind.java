package pl.vetworkflow.course;

import java.util.Arrays;
import java.util.List;
import pl.vetworkflow.indicators.ProgrammeTargets;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.support.SupportRegistry;

/**
 * Kinds of course of the programme. The name is the value of the process variable {@code courseKind}
 * and of {@code vet_support.kind} / {@code vet_course.kind}.
 */
public enum CourseKind {
  /** Student qualification course: ends with a formal exam and a certificate. */
  STUDENT_QUALIFICATION_COURSE("kurs kwalifikacyjny dla uczniów", ParticipantType.STUDENT, TargetGroup.STUDENT_COURSES),
  /** Student competence course: ends with a document confirming the competence. */
  STUDENT_COMPETENCE_COURSE("kurs kompetencyjny dla uczniów", ParticipantType.STUDENT, TargetGroup.STUDENT_COURSES),
  /** Course for vocational teachers. */
  TEACHER_COURSE("kurs dla nauczycieli", ParticipantType.TEACHER, TargetGroup.TEACHER_COURSES),
  /** Pedagogical course giving employers' internship tutors the PNZ instructor qualification. */
  PNZ_INSTRUCTOR_COURSE("kurs instruktora praktycznej nauki zawodu (PNZ)", ParticipantType.INSTRUCTOR,
      TargetGroup.PNZ_INSTRUCTOR_COURSES);

  /**
   * Programme targets ({@link ProgrammeTargets}, {@code vet.programme.targets}). Each counts
   * participations (one person completing one course): the programme's 150 teachers are 140 teacher
   * internships + 10 teacher courses, its 50 instructors are the 50 PNZ courses, and the 600 student
   * courses are shared by both student kinds.
   */
  public enum TargetGroup {
    STUDENT_COURSES("kursy dla uczniów (kwalifikacyjne i kompetencyjne)", ProgrammeTargets.STUDENT_COURSES),
    TEACHER_COURSES("kursy dla nauczycieli", ProgrammeTargets.TEACHER_COURSES),
    PNZ_INSTRUCTOR_COURSES("kursy instruktorów praktycznej nauki zawodu", ProgrammeTargets.INSTRUCTOR_COURSES);

    private final String label;
    private final String targetKey;

    TargetGroup(String label, String targetKey) {
      this.label = label;
      this.targetKey = targetKey;
    }

    public String label() {
      return label;
    }

    /** The key of the target in {@link ProgrammeTargets}. */
    public String targetKey() {
      return targetKey;
    }

    public List<CourseKind> kinds() {
      return Arrays.stream(CourseKind.values()).filter(k -> k.targetGroup == this).toList();
    }
  }

  private final String label;
  private final ParticipantType participantType;
  private final TargetGroup targetGroup;

  CourseKind(String label, ParticipantType participantType, TargetGroup targetGroup) {
    this.label = label;
    this.participantType = participantType;
    this.targetGroup = targetGroup;
  }

  /** Polish name shown to users. */
  public String label() {
    return label;
  }

  /** The only participant type this kind of course may enrol. */
  public ParticipantType participantType() {
    return participantType;
  }

  public TargetGroup targetGroup() {
    return targetGroup;
  }

  /** Student and teacher courses belong to one school, which requests and runs them. */
  public boolean forSchool() {
    return this != PNZ_INSTRUCTOR_COURSE;
  }

  /** The kind of support ({@code vet_support.kind}) a participant of this kind of course gets: the same name. */
  public SupportRegistry.Kind supportKind() {
    return SupportRegistry.Kind.valueOf(name());
  }

  /** Qualification courses end with a formal exam. */
  public boolean hasExam() {
    return this == STUDENT_QUALIFICATION_COURSE;
  }

  public static CourseKind of(Object value) {
    return valueOf(String.valueOf(value));
  }

  /** Polish name of a participant type (for messages). */
  public static String typeLabel(ParticipantType type) {
    return switch (type) {
      case STUDENT -> "uczeń";
      case TEACHER -> "nauczyciel";
      case INSTRUCTOR -> "opiekun stażysty / instruktor";
    };
  }
}
