package pl.vetworkflow.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme's targets ({@code vet.programme.targets}), the one place every feature reads them
 * from. Activities count forms of support (a participation: a person completing an internship or a
 * course); people count persons (each once). Every target of {@link #KEYS} must be set; the targets of
 * the group activities and counselling ({@link GroupActivityIndicator}) are optional: the programme
 * description gives no figures for them, and an unset one shows as "cel nieustalony".
 */
@ConfigurationProperties("vet.programme")
public record ProgrammeTargets(Map<String, Integer> targets) {
  public static final String STUDENT_INTERNSHIPS = "student-internships";
  public static final String STUDENT_COURSES = "student-courses";
  public static final String TEACHER_INTERNSHIPS = "teacher-internships";
  public static final String TEACHER_COURSES = "teacher-courses";
  public static final String INSTRUCTOR_COURSES = "instructor-courses";
  public static final String PARTICIPANTS = "participants";
  public static final String STUDENTS = "students";
  public static final String STUDENTS_TECHNIKUM = "students-technikum";
  public static final String STUDENTS_BRANZOWA = "students-branzowa";
  public static final String STUDENTS_SPECIAL = "students-special";
  public static final String TEACHERS = "teachers";
  public static final String INSTRUCTORS = "instructors";

  static final List<String> KEYS = List.of(STUDENT_INTERNSHIPS, STUDENT_COURSES, TEACHER_INTERNSHIPS,
      TEACHER_COURSES, INSTRUCTOR_COURSES, PARTICIPANTS, STUDENTS, STUDENTS_TECHNIKUM, STUDENTS_BRANZOWA,
      STUDENTS_SPECIAL, TEACHERS, INSTRUCTORS);

  /** Targets that may be left unset (blank or missing): one per group activity kind and counselling. */
  static final List<String> OPTIONAL_KEYS = GroupActivityIndicator.keys();

  public ProgrammeTargets {
    targets = targets == null ? Map.of() : new LinkedHashMap<>(targets);
    for (String key : KEYS) {
      Integer target = targets.get(key);
      if (target == null || target <= 0) {
        throw new IllegalArgumentException("vet.programme.targets." + key + " must be set to a positive number");
      }
    }
    for (String key : OPTIONAL_KEYS) {
      Integer target = targets.get(key);
      if (target != null && target <= 0) {
        throw new IllegalArgumentException("vet.programme.targets." + key
            + " must be a positive number or left unset (\"cel nieustalony\")");
      }
    }
  }

  public int target(String key) {
    Integer target = targets.get(key);
    if (target == null) {
      throw new IllegalArgumentException("no programme target '" + key + "'");
    }
    return target;
  }

  /** The target of {@code key}, empty while it is not set (an optional target, "cel nieustalony"). */
  public Optional<Integer> targetIfSet(String key) {
    return Optional.ofNullable(targets.get(key));
  }
}
