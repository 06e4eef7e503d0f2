package pl.vetworkflow.counselling;

import java.util.HashMap;
import java.util.Map;

/**
 * A counselling start as a school coordinator fills it in, for the demo cases ({@code demo.DemoCases}):
 * the demo starts cases through the feature's own names, so it never spells another feature's variables.
 */
public final class CareerCounsellingDemo {
  public static final String PROCESS_KEY = CareerCounsellingVariables.PROCESS_KEY;

  private CareerCounsellingDemo() {}

  /** The start form's variables: a pupil new to the registry, two planned sessions with the school's counsellor. */
  public static Map<String, Object> start(String schoolId, String pesel, String firstName, String lastName,
      String pupilClass, String counsellor) {
    Map<String, Object> v = new HashMap<>();
    v.put(CareerCounsellingVariables.SCHOOL_ID, schoolId);
    v.put(CareerCounsellingVariables.PUPIL_FIRST_NAME, firstName);
    v.put(CareerCounsellingVariables.PUPIL_LAST_NAME, lastName);
    v.put(CareerCounsellingVariables.PUPIL_PESEL, pesel);
    v.put(CareerCounsellingVariables.PUPIL_CLASS, pupilClass);
    v.put(CareerCounsellingVariables.COUNSELLOR_NAME, counsellor);
    v.put(CareerCounsellingVariables.PLANNED_SESSIONS, 2L);
    return v;
  }
}
