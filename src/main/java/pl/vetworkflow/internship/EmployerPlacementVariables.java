package pl.vetworkflow.internship;

import static pl.vetworkflow.process.ProcessVariable.text;

import pl.vetworkflow.process.CaseVariables;
import pl.vetworkflow.process.ProcessVariable;

/**
 * Variables of the called process {@code employer-placement} (shared by the student and the teacher
 * internship): what the calling process passes in and what it gets back. Each name is a String
 * constant (as the model, the form and the call activities' mappings spell it); a variable this
 * feature's code reads or writes also has its typed accessor, named as the variable.
 */
public final class EmployerPlacementVariables {
  public static final String PROCESS_KEY = "employer-placement";

  // in: from the calling internship
  /** String, id in the employer registry (vet_employer.id). */
  public static final String EMPLOYER_ID = CaseVariables.EMPLOYER_ID;
  public static final ProcessVariable<String> employerId = CaseVariables.employerId;
  public static final String PARTICIPANT_NAME = CaseVariables.PARTICIPANT_NAME;
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
  /** String, the profession (zawód) of the internship: the student's, or the one the teacher teaches. */
  public static final String PROFESSION = "profession";
  /** String yyyy-MM-dd. */
  public static final String PLANNED_START_DATE = "plannedStartDate";
  /** String yyyy-MM-dd. */
  public static final String PLANNED_END_DATE = "plannedEndDate";
  /** Long. */
  public static final String PLANNED_HOURS = "plannedHours";

  // set by the placement itself
  /** String: the calling internship's process name (e.g. "Staż nauczyciela u pracodawcy"), shown to the employer. */
  public static final String INTERNSHIP_TYPE = "internshipType";
  public static final ProcessVariable<String> internshipType = text(INTERNSHIP_TYPE);

  // out: the employer's answer
  /** String, set by the placement: the employer's display name. */
  public static final String EMPLOYER_NAME = CaseVariables.EMPLOYER_NAME;
  public static final ProcessVariable<String> employerName = CaseVariables.employerName;
  /** String CONFIRM | DECLINE. */
  public static final String PLACEMENT_DECISION = "placementDecision";
  public static final String CONFIRM = "CONFIRM";
  public static final String DECLINE = "DECLINE";
  public static final String TUTOR_NAME = "tutorName";
  public static final String TUTOR_EMAIL = "tutorEmail";
  public static final String TUTOR_PHONE = "tutorPhone";
  /** String, address / department / position. */
  public static final String WORKPLACE = "workplace";
  public static final String PLACEMENT_DECLINE_REASON = "placementDeclineReason";

  private EmployerPlacementVariables() {}
}
