package pl.vetworkflow.identity;

import java.util.List;
import java.util.Map;

/** Group ids of the Camunda identity: roles, and one group per organisation (school, employer). */
public final class Groups {
  public static final String COORDINATORS = "coordinators";
  public static final String SCHOOL_COORDINATORS = "school-coordinators";
  public static final String TEACHERS = "teachers";
  public static final String EMPLOYERS = "employers";
  public static final String ACCOUNTING = "accounting";
  public static final String ADMINS = "camunda-admin";

  /** Roles of people who work in Tasklist (everyone but the technical admin group). */
  public static final List<String> WORKING_ROLES =
      List.of(COORDINATORS, SCHOOL_COORDINATORS, TEACHERS, EMPLOYERS, ACCOUNTING);

  /** What users read for a role: a person of that role, in Polish (claim refusals, Admin). */
  private static final Map<String, String> PERSON_OF_ROLE = Map.of(
      COORDINATORS, "koordynator projektu",
      SCHOOL_COORDINATORS, "koordynator szkolny",
      TEACHERS, "nauczyciel",
      EMPLOYERS, "pracodawca",
      ACCOUNTING, "księgowość",
      ADMINS, "administrator");

  public static final String ROLE_TYPE = "WORKFLOW";
  public static final String ORGANISATION_TYPE = "ORGANISATION";
  /** Type of the per-school teacher groups ({@link #schoolTeachers}). */
  public static final String SCHOOL_TEACHERS_TYPE = "SCHOOL_TEACHERS";

  private Groups() {}

  /** A person of {@code role} in Polish ("koordynator szkolny"); an unknown role as its id. */
  public static String personOfRole(String role) {
    return PERSON_OF_ROLE.getOrDefault(role, role);
  }

  /**
   * The school's group: its school coordinators, who work the school's tasks and see its cases.
   * Teachers are not in it (they are in {@link #schoolTeachers}), or they would see tasks they may
   * not complete.
   */
  public static String school(String schoolId) {
    return "school-" + schoolId;
  }

  /** Teachers of one school (a teacher is in "teachers" and this group, not in "school-<id>"). */
  public static String schoolTeachers(String schoolId) {
    return "teachers-" + schoolId;
  }

  /** The school id of a group made by {@link #school}, or null for any other group. */
  public static String schoolIdOf(String groupId) {
    return groupId != null && groupId.startsWith("school-") && !groupId.startsWith("school-coordinators")
        ? groupId.substring("school-".length()) : null;
  }

  public static String employer(String employerId) {
    return "employer-" + employerId;
  }
}
