package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A course request as a school coordinator fills it in, for the demo cases ({@code demo.DemoCases}):
 * the demo starts cases through the feature's own names, so it never spells another feature's
 * variables.
 */
public final class CourseDemo {
  public static final String PROCESS_KEY = CourseVariables.PROCESS_KEY;

  private CourseDemo() {}

  /** The start form's variables: a 60-hour welding competence course for 12 students from {@code start}. */
  public static Map<String, Object> request(String schoolId, LocalDate start) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(COURSE_KIND, CourseKind.STUDENT_COMPETENCE_COURSE.name());
    v.put(SCHOOL_ID, schoolId);
    v.put(TOPIC, "Spawanie metodą MAG");
    v.put(PROFESSION, "technik mechanik");
    v.put(PLANNED_HOURS, 60L);
    v.put(PLANNED_START_DATE, start.toString());
    v.put(PLANNED_END_DATE, start.plusWeeks(4).toString());
    v.put(SEATS, 12L);
    v.put(JUSTIFICATION, "Potrzeba zgłoszona przez pracodawców regionu.");
    v.put(ESTIMATED_COST, 14400.0);
    return v;
  }
}
