package pl.vetworkflow.course;

import pl.vetworkflow.notification.CaseVariables;
import pl.vetworkflow.procurement.SupplierSelectionVariables;

/**
 * Every process variable of {@code course}, with its type and format. Dates are ISO strings
 * {@code yyyy-MM-dd}, whole numbers Long, amounts Double (PLN), yes/no Boolean, decisions String
 * constants, lists Json arrays of rows (ADR 0006). Per-participant data (enrolment, results) are kept in
 * the tables vet_course_enrolment and vet_support; the variables hold the rows as submitted and
 * counts/summaries for the forms.
 */
public final class CourseVariables {
  public static final String PROCESS_KEY = "course";
  /** Prefix of the business key: KU/2026/0001. */
  public static final String CASE_PREFIX = "KU";
  /** Decision table of completion per participant. */
  public static final String COMPLETION_DECISION = "course-completion";

  // start form (course-request) and correction form (course-request-correction)
  /** String, a {@link CourseKind} name; PNZ_INSTRUCTOR_COURSE only for the programme coordinator. */
  public static final String COURSE_KIND = "courseKind";
  /** String, school registry id; required for student and teacher courses, empty for PNZ courses. */
  public static final String SCHOOL_ID = "schoolId";
  public static final String TOPIC = "courseTopic";
  /** String, related profession; required for student courses. */
  public static final String PROFESSION = "profession";
  /** Long, planned hours; PNZ at least vet.course.pnz-min-hours. */
  public static final String PLANNED_HOURS = "plannedHours";
  public static final String PLANNED_START_DATE = "plannedStartDate";
  public static final String PLANNED_END_DATE = "plannedEndDate";
  /** Long, number of seats (participants). */
  public static final String SEATS = "seats";
  public static final String JUSTIFICATION = "justification";
  /** Double, PLN net (training services are usually VAT-exempt: net = gross). */
  public static final String ESTIMATED_COST = "estimatedCost";

  // set by registerCourseRequest
  /** String, the business key again (forms' rules read it). */
  public static final String CASE_NUMBER = "caseNumber";
  /** String, candidate group of the requesting side: school-&lt;id&gt; or coordinators (PNZ). */
  public static final String REQUESTER_GROUP = "requesterGroup";
  /** String, Polish name of the kind. */
  public static final String COURSE_KIND_LABEL = "courseKindLabel";
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;

  // set by assessCourseTargets (before each review)
  public static final String TARGET_NAME = "targetName";
  /** Long, the programme's target of the kind's group, in participations. */
  public static final String TARGET_TOTAL = "targetTotal";
  /** Long, seats of approved running courses + completions of finished ones. */
  public static final String TARGET_COMMITTED = "targetCommitted";
  /** Long, target minus committed (may be negative). */
  public static final String TARGET_REMAINING = "targetRemaining";
  /** Boolean, this request's seats exceed the remaining target: approval needs an override. */
  public static final String TARGET_EXCEEDED = "targetExceeded";

  // coordinator review (course-review)
  /** String APPROVE | REJECT | RETURN. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_REASON = "reviewReason";
  /** Boolean, approve beyond the remaining target. */
  public static final String TARGET_OVERRIDE = "targetOverride";
  public static final String TARGET_OVERRIDE_REASON = "targetOverrideReason";
  /** String PROCUREMENT | EXISTING_CONTRACT. */
  public static final String PROVIDER_SOURCE = "providerSource";
  /** String, training provider (given for an existing contract, or the supplier chosen). */
  public static final String PROVIDER_NAME = "providerName";
  /** String, contract with the provider (existing, or concluded by supplier-selection). */
  public static final String CONTRACT_NUMBER = "contractNumber";

  // supplier-selection (called process, pl.vetworkflow.procurement.SupplierSelectionVariables), set by
  // registerCourseProcurement before the call and copied back by the call activity
  /** Long, the course's row in vet_procurement_order (order kind COURSE, category = the course kind). */
  public static final String PROCUREMENT_ORDER_ID = SupplierSelectionVariables.PROCUREMENT_ORDER_ID;
  public static final String PURCHASE_SUBJECT = SupplierSelectionVariables.PURCHASE_SUBJECT;
  public static final String PROCUREMENT_CATEGORY = SupplierSelectionVariables.PROCUREMENT_CATEGORY;
  /** Double, PLN net: the request's estimated cost. */
  public static final String ESTIMATED_NET_VALUE = SupplierSelectionVariables.ESTIMATED_NET_VALUE;
  /** Double, PLN net: the approved estimated cost is the most the programme pays. */
  public static final String BUDGET_LIMIT = SupplierSelectionVariables.BUDGET_LIMIT;
  public static final String FUNDING_PERIOD = SupplierSelectionVariables.FUNDING_PERIOD;
  /** String CONTRACTED | CANCELLED (output). */
  public static final String SELECTION_OUTCOME = SupplierSelectionVariables.SELECTION_OUTCOME;
  /** String, why the selection was cancelled (output). */
  public static final String SELECTION_CANCEL_REASON = SupplierSelectionVariables.SELECTION_CANCEL_REASON;
  /** String, Polish name of the procedure used (output). */
  public static final String PROCEDURE_NAME = SupplierSelectionVariables.PROCEDURE_NAME;
  /** String date, Double, Double: the concluded contract (outputs). */
  public static final String CONTRACT_DATE = SupplierSelectionVariables.CONTRACT_DATE;
  public static final String CONTRACT_NET_VALUE = SupplierSelectionVariables.CONTRACT_NET_VALUE;
  public static final String CONTRACT_GROSS_VALUE = SupplierSelectionVariables.CONTRACT_GROSS_VALUE;

  // rejection notice (course-rejection-notice)
  public static final String REJECTION_ACKNOWLEDGED = "rejectionAcknowledged";

  // kurator oświaty (course-kurator-approval), PNZ courses only
  /** String APPROVED | REFUSED. */
  public static final String KURATOR_DECISION = "kuratorDecision";
  public static final String KURATOR_APPROVAL_NUMBER = "kuratorApprovalNumber";
  public static final String KURATOR_APPROVAL_DATE = "kuratorApprovalDate";
  /** Long, hours of the approved programme (at least vet.course.pnz-min-hours). */
  public static final String PROGRAMME_HOURS = "programmeHours";
  public static final String KURATOR_REMARKS = "kuratorRemarks";

  // enrolment (course-enrolment) and changes before the start (course-enrolment-changes); list variables
  // are Json arrays of rows (one object a row), rows read with ParticipantRows / ResultRows
  /**
   * Json array, one row a participant: {@code {registryPesel}} (a person picked from the participant
   * registry) or {@code {pesel, firstName, lastName}} (a new person; names may be left out for a PESEL
   * already in the registry, whose names are then used), each with {@code noticeAcknowledged: true}.
   */
  public static final String PARTICIPANTS = "participants";
  /** Json array of {@code {pesel}}: enrolled participants who withdraw. Cleared after each change. */
  public static final String WITHDRAWALS = "withdrawals";
  /** Json array, rows as {@link #PARTICIPANTS}: added to freed or free seats. Cleared after each change. */
  public static final String ADDITIONAL_PARTICIPANTS = "additionalParticipants";
  /** Long, participants currently enrolled. */
  public static final String ENROLLED_COUNT = "enrolledCount";
  /** Json array of {@code {pesel, name}}: the enrolled participants (shown as a table). */
  public static final String ENROLLED_PARTICIPANTS = "enrolledParticipants";

  // results (course-results) and confirmation (course-results-confirmation)
  /**
   * Json array, one row per enrolled participant, pre-filled with pesel and name:
   * {@code {pesel, name, attendance (number 0-100), exam (PASSED | FAILED | ABSENT, only with an exam),
   * certificateNumber, certificateDate (yyyy-MM-dd)}}.
   */
  public static final String COURSE_RESULTS = "courseResults";
  /** Long, participants who completed. */
  public static final String COMPLETED_COUNT = "completedCount";
  /** String, results with the completion outcome per participant (shown read-only). */
  public static final String RESULTS_SUMMARY = "resultsSummary";
  /** String CONFIRM | RETURN. */
  public static final String RESULTS_DECISION = "resultsDecision";
  public static final String RESULTS_REMARKS = "resultsRemarks";

  /** Local input of closeCourse: the final status of a course that does not run (CANCELLED). */
  public static final String COURSE_STATUS = "courseStatus";

  // decision values
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";
  public static final String RETURN = "RETURN";
  public static final String CONFIRM = "CONFIRM";
  public static final String PROCUREMENT = "PROCUREMENT";
  public static final String EXISTING_CONTRACT = "EXISTING_CONTRACT";
  public static final String KURATOR_APPROVED = "APPROVED";
  public static final String KURATOR_REFUSED = "REFUSED";

  private CourseVariables() {}
}
