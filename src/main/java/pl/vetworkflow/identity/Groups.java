package pl.vetworkflow.identity;

import java.util.List;

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

  public static final String ROLE_TYPE = "WORKFLOW";
  public static final String ORGANISATION_TYPE = "ORGANISATION";
  /** Type of the per-school teacher groups ({@link #schoolTeachers}). */
  public static final String SCHOOL_TEACHERS_TYPE = "SCHOOL_TEACHERS";

  private Groups() {}

  public static String school(String schoolId) {
    return "school-" + schoolId;
  }

  /** Teachers of one school (a teacher is in "teachers", "school-<id>" and this group). */
  public static String schoolTeachers(String schoolId) {
    return "teachers-" + schoolId;
  }

  public static String employer(String employerId) {
    return "employer-" + employerId;
  }
}
