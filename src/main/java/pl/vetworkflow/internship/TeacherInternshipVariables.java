package pl.vetworkflow.internship;

import static pl.vetworkflow.process.ProcessVariable.date;
import static pl.vetworkflow.process.ProcessVariable.text;

import java.time.LocalDate;

import pl.vetworkflow.process.CaseVariables;
import pl.vetworkflow.process.ProcessVariable;

/**
 * Every process variable of {@code teacher-internship} (a teacher of vocational subjects at an
 * employer, 40 hours by default), with its type and format. Dates are ISO strings {@code yyyy-MM-dd},
 * whole numbers Long, yes/no Boolean, decisions String constants. Names shared with the student
 * internship (placement, agreement, attendance, shortfall, outcome) are the same variables; the
 * delegates both internships share read those through {@link StudentInternshipVariables}. A variable
 * this feature's code reads or writes in this process has its typed accessor ({@link
 * ProcessVariable}), named as the variable.
 */
public final class TeacherInternshipVariables {
  public static final String PROCESS_KEY = "teacher-internship";
  /** Prefix of the business key: SN/2026/0001 (staż nauczyciela). */
  public static final String CASE_PREFIX = "SN";

  // start form (teacher-internship-application) and correction form
  public static final String TEACHER_FIRST_NAME = "teacherFirstName";
  public static final ProcessVariable<String> teacherFirstName = text(TEACHER_FIRST_NAME);
  public static final String TEACHER_LAST_NAME = "teacherLastName";
  public static final ProcessVariable<String> teacherLastName = text(TEACHER_LAST_NAME);
  /** String, 11 digits with a valid checksum. */
  public static final String TEACHER_PESEL = "teacherPesel";
  public static final ProcessVariable<String> teacherPesel = text(TEACHER_PESEL);
  /** String, id in the school registry; the starter must be a coordinator of that school. */
  public static final String SCHOOL_ID = StudentInternshipVariables.SCHOOL_ID;
  public static final ProcessVariable<String> schoolId = StudentInternshipVariables.schoolId;
  /** String, the vocational subjects the teacher teaches (przedmioty zawodowe). */
  public static final String TEACHING_SUBJECTS = "teachingSubjects";
  public static final ProcessVariable<String> teachingSubjects = text(TEACHING_SUBJECTS);
  /** String, the profession (zawód) the internship is in; shown to the employer. */
  public static final String PROFESSION = EmployerPlacementVariables.PROFESSION;
  public static final ProcessVariable<String> profession = text(PROFESSION);
  public static final String TEACHER_EMAIL = "teacherEmail";
  public static final String TEACHER_PHONE = "teacherPhone";
  /** Boolean, must be true: the teacher teaches vocational subjects (or is a PNZ teacher). */
  public static final String VOCATIONAL_TEACHER = "vocationalTeacher";
  /** String, optional: preferred employer (registry id); later the employer the case is placed with. */
  public static final String EMPLOYER_ID = EmployerPlacementVariables.EMPLOYER_ID;
  public static final ProcessVariable<String> employerId = EmployerPlacementVariables.employerId;
  public static final String PLANNED_START_DATE = EmployerPlacementVariables.PLANNED_START_DATE;
  public static final ProcessVariable<LocalDate> plannedStartDate = StudentInternshipVariables.plannedStartDate;
  public static final String PLANNED_END_DATE = EmployerPlacementVariables.PLANNED_END_DATE;
  public static final ProcessVariable<LocalDate> plannedEndDate = date(PLANNED_END_DATE);
  /** Long, optional at start: vet.internship.teacher-hours (40) when absent. */
  public static final String PLANNED_HOURS = EmployerPlacementVariables.PLANNED_HOURS;
  public static final ProcessVariable<Long> plannedHours = StudentInternshipVariables.plannedHours;
  /** Boolean, must be true. */
  public static final String PRIVACY_NOTICE_ACKNOWLEDGED = StudentInternshipVariables.PRIVACY_NOTICE_ACKNOWLEDGED;
  /** String, optional monitoring data (as on the student forms). */
  public static final String EDUCATION_LEVEL = StudentInternshipVariables.EDUCATION_LEVEL;
  public static final String DISABILITY = StudentInternshipVariables.DISABILITY;

  // derived by assessTeacherApplication
  /** Long, teacher internships of this PESEL in progress or completed (shown to the coordinator). */
  public static final String PREVIOUS_INTERNSHIPS = StudentInternshipVariables.PREVIOUS_INTERNSHIPS;
  public static final ProcessVariable<Long> previousInternships = StudentInternshipVariables.previousInternships;
  public static final String PARTICIPANT_NAME = CaseVariables.PARTICIPANT_NAME;
  public static final ProcessVariable<String> participantName = CaseVariables.participantName;
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
  public static final ProcessVariable<String> schoolName = CaseVariables.schoolName;
  public static final String EMPLOYER_NAME = CaseVariables.EMPLOYER_NAME;
  public static final ProcessVariable<String> employerName = EmployerPlacementVariables.employerName;

  // coordinator review (form teacher-internship-review)
  /** String APPROVE | REJECT | RETURN. */
  public static final String REVIEW_DECISION = StudentInternshipVariables.REVIEW_DECISION;
  public static final String REVIEW_REASON = StudentInternshipVariables.REVIEW_REASON;
  public static final String REJECTION_ACKNOWLEDGED = StudentInternshipVariables.REJECTION_ACKNOWLEDGED;

  // employer selection (shared form internship-employer-selection)
  /** String EMPLOYER | END. */
  public static final String EMPLOYER_SELECTION = StudentInternshipVariables.EMPLOYER_SELECTION;
  public static final String SELECTION_REMARKS = StudentInternshipVariables.SELECTION_REMARKS;

  // placement (employer-placement, see EmployerPlacementVariables)
  public static final String PLACEMENT_DECISION = EmployerPlacementVariables.PLACEMENT_DECISION;
  public static final String TUTOR_NAME = EmployerPlacementVariables.TUTOR_NAME;
  public static final ProcessVariable<String> tutorName = text(TUTOR_NAME);
  public static final String TUTOR_EMAIL = EmployerPlacementVariables.TUTOR_EMAIL;
  public static final ProcessVariable<String> tutorEmail = text(TUTOR_EMAIL);
  public static final String TUTOR_PHONE = EmployerPlacementVariables.TUTOR_PHONE;
  public static final ProcessVariable<String> tutorPhone = text(TUTOR_PHONE);
  public static final String WORKPLACE = EmployerPlacementVariables.WORKPLACE;
  public static final ProcessVariable<String> workplace = text(WORKPLACE);
  public static final String PLACEMENT_DECLINE_REASON = EmployerPlacementVariables.PLACEMENT_DECLINE_REASON;

  // agreement (employer, teacher, programme) and signatures
  public static final String AGREEMENT_NUMBER = StudentInternshipVariables.AGREEMENT_NUMBER;
  public static final ProcessVariable<String> agreementNumber = text(AGREEMENT_NUMBER);
  public static final String AGREEMENT_DATE = StudentInternshipVariables.AGREEMENT_DATE;
  public static final ProcessVariable<LocalDate> agreementDate = date(AGREEMENT_DATE);
  /** String yyyy-MM-dd: the teacher signed (recorded by the school coordinator). */
  public static final String TEACHER_SIGNATURE_DATE = "teacherSignatureDate";
  public static final String EMPLOYER_SIGNATORY_NAME = StudentInternshipVariables.EMPLOYER_SIGNATORY_NAME;
  public static final String EMPLOYER_SIGNATURE_DATE = StudentInternshipVariables.EMPLOYER_SIGNATURE_DATE;

  // during and after the internship
  public static final String DROPOUT_DATE = StudentInternshipVariables.DROPOUT_DATE;
  public static final String DROPOUT_REASON = StudentInternshipVariables.DROPOUT_REASON;
  public static final String ACTUAL_START_DATE = StudentInternshipVariables.ACTUAL_START_DATE;
  public static final ProcessVariable<LocalDate> actualStartDate = date(ACTUAL_START_DATE);
  public static final String ACTUAL_END_DATE = StudentInternshipVariables.ACTUAL_END_DATE;
  public static final ProcessVariable<LocalDate> actualEndDate = StudentInternshipVariables.actualEndDate;
  /** Long. */
  public static final String ACTUAL_HOURS = StudentInternshipVariables.ACTUAL_HOURS;
  public static final ProcessVariable<Long> actualHours = StudentInternshipVariables.actualHours;
  /** String ≤ 4000: what the teacher did and learned at the employer (the tutor's description). */
  public static final String TASKS_PERFORMED = "tasksPerformed";
  public static final ProcessVariable<String> tasksPerformed = text(TASKS_PERFORMED);
  /** String ACCEPT_PARTIAL | REJECT. */
  public static final String SHORTFALL_DECISION = StudentInternshipVariables.SHORTFALL_DECISION;
  public static final String SHORTFALL_REASON = StudentInternshipVariables.SHORTFALL_REASON;

  // confirmation for the Teachers' Charter (Karta Nauczyciela art. 70c)
  /** String ≤ 50: number of the confirmation (zaświadczenie) issued to the teacher. */
  public static final String CERTIFICATE_NUMBER = StudentInternshipVariables.CERTIFICATE_NUMBER;
  public static final ProcessVariable<String> certificateNumber = text(CERTIFICATE_NUMBER);
  /** String yyyy-MM-dd, not in the future. */
  public static final String CERTIFICATE_DATE = StudentInternshipVariables.CERTIFICATE_DATE;
  public static final ProcessVariable<LocalDate> certificateDate = date(CERTIFICATE_DATE);

  /** Local input of recordInternshipOutcome: COMPLETED | DROPPED_OUT | NOT_COMPLETED. */
  public static final String OUTCOME = StudentInternshipVariables.OUTCOME;

  private TeacherInternshipVariables() {}
}
