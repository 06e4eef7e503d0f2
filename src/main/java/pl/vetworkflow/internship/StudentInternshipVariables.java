package pl.vetworkflow.internship;

import static pl.vetworkflow.process.ProcessVariable.date;
import static pl.vetworkflow.process.ProcessVariable.enumerated;
import static pl.vetworkflow.process.ProcessVariable.flag;
import static pl.vetworkflow.process.ProcessVariable.text;
import static pl.vetworkflow.process.ProcessVariable.whole;

import java.time.LocalDate;
import pl.vetworkflow.process.CaseVariables;
import pl.vetworkflow.process.ProcessVariable;
import pl.vetworkflow.support.SupportRegistry;

/**
 * Every process variable of {@code student-internship}, with its type and format. Dates are ISO
 * strings {@code yyyy-MM-dd}, whole numbers Long, yes/no Boolean, decisions String constants. Each
 * name is a String constant (as the models and forms spell it: for forms, rules and tests); a
 * variable this feature's code reads or writes also has its typed accessor ({@link ProcessVariable}),
 * named as the variable itself.
 */
public final class StudentInternshipVariables {
  public static final String PROCESS_KEY = "student-internship";
  /** Prefix of the business key: SU/2026/0001. */
  public static final String CASE_PREFIX = "SU";

  // start form (student-internship-application) and correction form
  public static final String STUDENT_FIRST_NAME = "studentFirstName";
  public static final ProcessVariable<String> studentFirstName = text(STUDENT_FIRST_NAME);
  public static final String STUDENT_LAST_NAME = "studentLastName";
  public static final ProcessVariable<String> studentLastName = text(STUDENT_LAST_NAME);
  /** String, 11 digits with a valid checksum. */
  public static final String STUDENT_PESEL = "studentPesel";
  public static final ProcessVariable<String> studentPesel = text(STUDENT_PESEL);
  /** String, id in the school registry; the starter must be a coordinator of that school. */
  public static final String SCHOOL_ID = CaseVariables.SCHOOL_ID;
  public static final ProcessVariable<String> schoolId = CaseVariables.schoolId;
  public static final String STUDENT_CLASS = "studentClass";
  public static final String PROFESSION = EmployerPlacementVariables.PROFESSION;
  public static final ProcessVariable<String> profession = text(PROFESSION);
  public static final String STUDENT_EMAIL = "studentEmail";
  public static final String STUDENT_PHONE = "studentPhone";
  /** Required (with e-mail or phone) when the student is a minor on the planned start date. */
  public static final String GUARDIAN_NAME = "guardianName";
  public static final ProcessVariable<String> guardianName = text(GUARDIAN_NAME);
  public static final String GUARDIAN_EMAIL = "guardianEmail";
  public static final String GUARDIAN_PHONE = "guardianPhone";
  /** Boolean: a juvenile worker (młodociany pracownik) cannot have a student internship. */
  public static final String JUVENILE_WORKER = "juvenileWorker";
  public static final ProcessVariable<Boolean> juvenileWorker = flag(JUVENILE_WORKER);
  /** String, optional: preferred employer (registry id); later the employer the case is placed with. */
  public static final String EMPLOYER_ID = EmployerPlacementVariables.EMPLOYER_ID;
  public static final ProcessVariable<String> employerId = EmployerPlacementVariables.employerId;
  public static final String PLANNED_START_DATE = EmployerPlacementVariables.PLANNED_START_DATE;
  public static final ProcessVariable<LocalDate> plannedStartDate = date(PLANNED_START_DATE);
  public static final String PLANNED_END_DATE = EmployerPlacementVariables.PLANNED_END_DATE;
  public static final ProcessVariable<LocalDate> plannedEndDate = date(PLANNED_END_DATE);
  public static final String PLANNED_HOURS = EmployerPlacementVariables.PLANNED_HOURS;
  public static final ProcessVariable<Long> plannedHours = whole(PLANNED_HOURS);
  /** Boolean, must be true. */
  public static final String PRIVACY_NOTICE_ACKNOWLEDGED = "privacyNoticeAcknowledged";
  /** String, optional monitoring data: ISCED1 | ISCED2 | ISCED3 | ISCED4 | ISCED5-8 (also on the teacher forms). */
  public static final String EDUCATION_LEVEL = "educationLevel";
  public static final ProcessVariable<String> educationLevel = text(EDUCATION_LEVEL);
  /** String, optional monitoring data: TAK | NIE | ODMOWA (also on the teacher forms). */
  public static final String DISABILITY = "disability";
  public static final ProcessVariable<String> disability = text(DISABILITY);

  // derived by assessStudentApplication
  /** Long, age on the planned start date. */
  public static final String STUDENT_AGE = "studentAge";
  public static final ProcessVariable<Long> studentAge = whole(STUDENT_AGE);
  /** Boolean, under 18 on the planned start date. */
  public static final String STUDENT_MINOR = "studentMinor";
  public static final ProcessVariable<Boolean> studentMinor = flag(STUDENT_MINOR);
  /** String TECHNIKUM | BRANZOWA_I | SPECJALNA. */
  public static final String SCHOOL_TYPE = "schoolType";
  public static final ProcessVariable<String> schoolType = text(SCHOOL_TYPE);
  /** Long, student internships of this PESEL in progress or completed. */
  public static final String PREVIOUS_INTERNSHIPS = "previousInternships";
  public static final ProcessVariable<Long> previousInternships = whole(PREVIOUS_INTERNSHIPS);
  /** String, who signs the agreement for the student (the student or the guardian, by name). */
  public static final String AGREEMENT_SIGNATORY = "agreementSignatory";
  public static final ProcessVariable<String> agreementSignatory = text(AGREEMENT_SIGNATORY);
  public static final String PARTICIPANT_NAME = CaseVariables.PARTICIPANT_NAME;
  public static final ProcessVariable<String> participantName = CaseVariables.participantName;
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
  public static final ProcessVariable<String> schoolName = CaseVariables.schoolName;
  public static final String EMPLOYER_NAME = CaseVariables.EMPLOYER_NAME;
  public static final ProcessVariable<String> employerName = EmployerPlacementVariables.employerName;

  // eligibility (DMN student-internship-eligibility)
  /** String ELIGIBLE | NOT_ELIGIBLE | REVIEW. */
  public static final String ELIGIBILITY = "eligibility";
  public static final String ELIGIBILITY_REASON = "eligibilityReason";

  // coordinator review
  /** String APPROVE | REJECT | RETURN. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_REASON = "reviewReason";
  /** Local to the rejection notice task: the reason shown to the school. */
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String REJECTION_ACKNOWLEDGED = "rejectionAcknowledged";

  // employer selection by the coordinator
  /** String EMPLOYER | END. */
  public static final String EMPLOYER_SELECTION = "employerSelection";
  public static final String SELECTION_REMARKS = "selectionRemarks";

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
  /** Shown on the employer selection when the employer declined (then chosen again or the case ends). */
  public static final String PLACEMENT_DECLINE_REASON = EmployerPlacementVariables.PLACEMENT_DECLINE_REASON;

  // programme, agreement, signatures
  public static final String PROGRAMME_APPROVED = "programmeApproved";
  public static final String PROGRAMME_REMARKS = "programmeRemarks";
  public static final String AGREEMENT_NUMBER = "agreementNumber";
  public static final ProcessVariable<String> agreementNumber = text(AGREEMENT_NUMBER);
  public static final String AGREEMENT_DATE = "agreementDate";
  public static final ProcessVariable<LocalDate> agreementDate = date(AGREEMENT_DATE);
  /** String STUDENT | GUARDIAN: must be GUARDIAN for a minor, STUDENT for an adult. */
  public static final String PARTICIPANT_SIGNED_BY = "participantSignedBy";
  public static final String PARTICIPANT_SIGNATURE_DATE = "participantSignatureDate";
  public static final String EMPLOYER_SIGNATORY_NAME = "employerSignatoryName";
  public static final String EMPLOYER_SIGNATURE_DATE = "employerSignatureDate";

  // during and after the internship
  public static final String DROPOUT_DATE = "dropoutDate";
  public static final ProcessVariable<LocalDate> dropoutDate = date(DROPOUT_DATE);
  public static final String DROPOUT_REASON = "dropoutReason";
  public static final String ACTUAL_START_DATE = "actualStartDate";
  public static final ProcessVariable<LocalDate> actualStartDate = date(ACTUAL_START_DATE);
  public static final String ACTUAL_END_DATE = "actualEndDate";
  public static final ProcessVariable<LocalDate> actualEndDate = date(ACTUAL_END_DATE);
  /** Long. */
  public static final String ACTUAL_HOURS = "actualHours";
  public static final ProcessVariable<Long> actualHours = whole(ACTUAL_HOURS);
  /** String "1".."6" (Polish school grades). */
  public static final String EVALUATION_GRADE = "evaluationGrade";
  public static final String EVALUATION_TEXT = "evaluationText";
  /** String ACCEPT_PARTIAL | REJECT. */
  public static final String SHORTFALL_DECISION = "shortfallDecision";
  public static final String SHORTFALL_REASON = "shortfallReason";
  public static final String REPORT_APPROVED = "reportApproved";
  public static final String REPORT_REMARKS = "reportRemarks";
  public static final String CERTIFICATE_NUMBER = "certificateNumber";
  public static final ProcessVariable<String> certificateNumber = text(CERTIFICATE_NUMBER);
  public static final String CERTIFICATE_DATE = "certificateDate";
  public static final ProcessVariable<LocalDate> certificateDate = date(CERTIFICATE_DATE);
  /** String, PLN with 2 decimals ("1625.00"), computed by calculateInternshipPayments. */
  public static final String STIPEND_AMOUNT = "stipendAmount";
  public static final ProcessVariable<String> stipendAmount = text(STIPEND_AMOUNT);
  /** String, PLN with 2 decimals. */
  public static final String TUTOR_COMPENSATION = "tutorCompensation";
  public static final ProcessVariable<String> tutorCompensation = text(TUTOR_COMPENSATION);
  public static final String STIPEND_PAID_DATE = "stipendPaidDate";
  public static final String TUTOR_COMPENSATION_PAID_DATE = "tutorCompensationPaidDate";

  /** Local input of recordInternshipOutcome: COMPLETED | DROPPED_OUT | NOT_COMPLETED. */
  public static final String OUTCOME = "outcome";
  public static final ProcessVariable<SupportRegistry.Status> outcome = enumerated(OUTCOME, SupportRegistry.Status.class);

  private StudentInternshipVariables() {}
}
