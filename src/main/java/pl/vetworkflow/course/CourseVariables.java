package pl.vetworkflow.course;

import static pl.vetworkflow.process.ProcessVariable.date;
import static pl.vetworkflow.process.ProcessVariable.decimal;
import static pl.vetworkflow.process.ProcessVariable.enumerated;
import static pl.vetworkflow.process.ProcessVariable.flag;
import static pl.vetworkflow.process.ProcessVariable.text;
import static pl.vetworkflow.process.ProcessVariable.whole;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import pl.vetworkflow.process.CaseVariables;
import pl.vetworkflow.process.ProcessVariable;
import pl.vetworkflow.validation.JsonRows;

/**
 * Every process variable of {@code course}, with its type and format. Dates are ISO strings
 * {@code yyyy-MM-dd}, whole numbers Long, amounts Double (PLN), yes/no Boolean, decisions String
 * constants, lists Json arrays of rows (ADR 0006). Per-participant data (enrolment, results) are kept in
 * the tables vet_course_enrolment and vet_support; the variables hold the rows as submitted and
 * counts/summaries for the forms. Each name is a String constant (as the model and the forms spell it:
 * for forms, rules and tests); a variable this feature's code reads or writes also has its typed
 * accessor ({@link ProcessVariable}), named as the variable itself.
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
  public static final ProcessVariable<CourseKind> courseKind = enumerated(COURSE_KIND, CourseKind.class);
  /** String, school registry id; required for student and teacher courses, empty for PNZ courses. */
  public static final String SCHOOL_ID = CaseVariables.SCHOOL_ID;
  public static final ProcessVariable<String> schoolId = CaseVariables.schoolId;
  public static final String TOPIC = CaseVariables.COURSE_TOPIC;
  public static final ProcessVariable<String> courseTopic = text(TOPIC);
  /** String, related profession; required for student courses. */
  public static final String PROFESSION = "profession";
  public static final ProcessVariable<String> profession = text(PROFESSION);
  /** Long, planned hours; PNZ at least vet.course.pnz-min-hours. */
  public static final String PLANNED_HOURS = "plannedHours";
  public static final ProcessVariable<Long> plannedHours = whole(PLANNED_HOURS);
  public static final String PLANNED_START_DATE = "plannedStartDate";
  public static final ProcessVariable<LocalDate> plannedStartDate = date(PLANNED_START_DATE);
  public static final String PLANNED_END_DATE = "plannedEndDate";
  public static final ProcessVariable<LocalDate> plannedEndDate = date(PLANNED_END_DATE);
  /** Long, number of seats (participants). */
  public static final String SEATS = "seats";
  public static final ProcessVariable<Long> seats = whole(SEATS);
  public static final String JUSTIFICATION = "justification";
  /** Double, PLN net (training services are usually VAT-exempt: net = gross). */
  public static final String ESTIMATED_COST = "estimatedCost";
  public static final ProcessVariable<Double> estimatedCost = decimal(ESTIMATED_COST);

  // set by registerCourseRequest
  /** String, the business key again (forms' rules read it). */
  public static final String CASE_NUMBER = "caseNumber";
  public static final ProcessVariable<String> caseNumber = text(CASE_NUMBER);
  /** String, candidate group of the requesting side: school-&lt;id&gt; or coordinators (PNZ). */
  public static final String REQUESTER_GROUP = "requesterGroup";
  public static final ProcessVariable<String> requesterGroup = text(REQUESTER_GROUP);
  /** String, Polish name of the kind. */
  public static final String COURSE_KIND_LABEL = "courseKindLabel";
  public static final ProcessVariable<String> courseKindLabel = text(COURSE_KIND_LABEL);
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
  public static final ProcessVariable<String> schoolName = CaseVariables.schoolName;

  // set by assessCourseTargets (before each review)
  public static final String TARGET_NAME = "targetName";
  public static final ProcessVariable<String> targetName = text(TARGET_NAME);
  /** Long, the programme's target of the kind's group, in participations. */
  public static final String TARGET_TOTAL = "targetTotal";
  public static final ProcessVariable<Long> targetTotal = whole(TARGET_TOTAL);
  /** Long, seats of approved running courses + completions of finished ones. */
  public static final String TARGET_COMMITTED = "targetCommitted";
  public static final ProcessVariable<Long> targetCommitted = whole(TARGET_COMMITTED);
  /** Long, target minus committed (may be negative). */
  public static final String TARGET_REMAINING = "targetRemaining";
  public static final ProcessVariable<Long> targetRemaining = whole(TARGET_REMAINING);
  /** Boolean, this request's seats exceed the remaining target: approval needs an override. */
  public static final String TARGET_EXCEEDED = "targetExceeded";
  public static final ProcessVariable<Boolean> targetExceeded = flag(TARGET_EXCEEDED);

  // coordinator review (course-review)
  /** String APPROVE | REJECT | RETURN. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_REASON = "reviewReason";
  /** Boolean, approve beyond the remaining target. */
  public static final String TARGET_OVERRIDE = "targetOverride";
  public static final String TARGET_OVERRIDE_REASON = "targetOverrideReason";
  public static final ProcessVariable<String> targetOverrideReason = text(TARGET_OVERRIDE_REASON);
  /** String PROCUREMENT | EXISTING_CONTRACT. */
  public static final String PROVIDER_SOURCE = "providerSource";
  /** String, training provider (given for an existing contract, or the supplier chosen). */
  public static final String PROVIDER_NAME = "providerName";
  public static final ProcessVariable<String> providerName = text(PROVIDER_NAME);
  /** String, contract with the provider (existing, or concluded by supplier-selection). */
  public static final String CONTRACT_NUMBER = "contractNumber";
  public static final ProcessVariable<String> contractNumber = text(CONTRACT_NUMBER);

  // the course's side of the call activity to supplier-selection (the procurement feature's process):
  // set by registerCourseProcurement and passed in (camunda:in), or copied back (camunda:out). They are
  // this process's variables; the called process owns its own side of the mapping, under the same
  // names, and the model's mappings are the only link between the two.
  /** Long, the course's row in vet_procurement_order (order kind COURSE, category = the course kind). */
  public static final String PROCUREMENT_ORDER_ID = "procurementOrderId";
  public static final ProcessVariable<Long> procurementOrderId = whole(PROCUREMENT_ORDER_ID);
  /** String, "Kurs: &lt;kind&gt; – &lt;topic&gt;". */
  public static final String PURCHASE_SUBJECT = CaseVariables.PURCHASE_SUBJECT;
  public static final ProcessVariable<String> purchaseSubject = text(PURCHASE_SUBJECT);
  /** String, the course kind: courses of a kind are valued together (anti-splitting). */
  public static final String PROCUREMENT_CATEGORY = "procurementCategory";
  public static final ProcessVariable<String> procurementCategory = text(PROCUREMENT_CATEGORY);
  /** Double, PLN net: the request's estimated cost. */
  public static final String ESTIMATED_NET_VALUE = "estimatedNetValue";
  public static final ProcessVariable<Double> estimatedNetValue = decimal(ESTIMATED_NET_VALUE);
  /** Double, PLN net: the approved estimated cost is the most the programme pays. */
  public static final String BUDGET_LIMIT = "budgetLimit";
  public static final ProcessVariable<Double> budgetLimit = decimal(BUDGET_LIMIT);
  /** String 2014-2020 | 2021-2027 (vet.procurement.funding-period). */
  public static final String FUNDING_PERIOD = "fundingPeriod";
  public static final ProcessVariable<String> fundingPeriod = text(FUNDING_PERIOD);
  /** String CONTRACTED | CANCELLED (output). */
  public static final String SELECTION_OUTCOME = "selectionOutcome";
  /** String, why the selection was cancelled (output). */
  public static final String SELECTION_CANCEL_REASON = "selectionCancelReason";
  /** String, Polish name of the procedure used (output). */
  public static final String PROCEDURE_NAME = "procedureName";
  /** String date, Double, Double: the concluded contract (outputs). */
  public static final String CONTRACT_DATE = "contractDate";
  public static final String CONTRACT_NET_VALUE = "contractNetValue";
  public static final String CONTRACT_GROSS_VALUE = "contractGrossValue";

  // rejection notice (course-rejection-notice)
  public static final String REJECTION_ACKNOWLEDGED = "rejectionAcknowledged";

  // kurator oświaty (course-kurator-approval), PNZ courses only
  /** String APPROVED | REFUSED. */
  public static final String KURATOR_DECISION = "kuratorDecision";
  public static final String KURATOR_APPROVAL_NUMBER = "kuratorApprovalNumber";
  public static final ProcessVariable<String> kuratorApprovalNumber = text(KURATOR_APPROVAL_NUMBER);
  public static final String KURATOR_APPROVAL_DATE = "kuratorApprovalDate";
  public static final ProcessVariable<LocalDate> kuratorApprovalDate = date(KURATOR_APPROVAL_DATE);
  /** Long, hours of the approved programme (at least vet.course.pnz-min-hours). */
  public static final String PROGRAMME_HOURS = "programmeHours";
  public static final ProcessVariable<Long> programmeHours = whole(PROGRAMME_HOURS);
  public static final String KURATOR_REMARKS = "kuratorRemarks";

  // enrolment (course-enrolment) and changes before the start (course-enrolment-changes); list variables
  // are Json arrays of rows (one object a row), rows read with ParticipantRows / ResultRows
  /**
   * Json array, one row a participant: {@code {registryPesel}} (a person picked from the participant
   * registry) or {@code {pesel, firstName, lastName}} (a new person; names may be left out for a PESEL
   * already in the registry, whose names are then used), each with {@code noticeAcknowledged: true}.
   */
  public static final String PARTICIPANTS = "participants";
  public static final ProcessVariable<List<Map<String, Object>>> participants = rows(PARTICIPANTS);
  /** Json array of {@code {pesel}}: enrolled participants who withdraw. Cleared after each change. */
  public static final String WITHDRAWALS = "withdrawals";
  public static final ProcessVariable<List<Map<String, Object>>> withdrawals = rows(WITHDRAWALS);
  /** Json array, rows as {@link #PARTICIPANTS}: added to freed or free seats. Cleared after each change. */
  public static final String ADDITIONAL_PARTICIPANTS = "additionalParticipants";
  public static final ProcessVariable<List<Map<String, Object>>> additionalParticipants = rows(ADDITIONAL_PARTICIPANTS);
  /** Long, participants currently enrolled. */
  public static final String ENROLLED_COUNT = "enrolledCount";
  public static final ProcessVariable<Long> enrolledCount = whole(ENROLLED_COUNT);
  /** Json array of {@code {pesel, name}}: the enrolled participants (shown as a table). */
  public static final String ENROLLED_PARTICIPANTS = "enrolledParticipants";
  public static final ProcessVariable<List<Map<String, Object>>> enrolledParticipants = rows(ENROLLED_PARTICIPANTS);

  // results (course-results) and confirmation (course-results-confirmation)
  /**
   * Json array, one row per enrolled participant, pre-filled with pesel and name:
   * {@code {pesel, name, attendance (number 0-100), exam (PASSED | FAILED | ABSENT, only with an exam),
   * certificateNumber, certificateDate (yyyy-MM-dd)}}.
   */
  public static final String COURSE_RESULTS = "courseResults";
  public static final ProcessVariable<List<Map<String, Object>>> courseResults = rows(COURSE_RESULTS);
  /** Long, participants who completed. */
  public static final String COMPLETED_COUNT = "completedCount";
  public static final ProcessVariable<Long> completedCount = whole(COMPLETED_COUNT);
  /** String, results with the completion outcome per participant (shown read-only). */
  public static final String RESULTS_SUMMARY = "resultsSummary";
  public static final ProcessVariable<String> resultsSummary = text(RESULTS_SUMMARY);
  /** String CONFIRM | RETURN. */
  public static final String RESULTS_DECISION = "resultsDecision";
  public static final String RESULTS_REMARKS = "resultsRemarks";

  // decision values
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";
  public static final String RETURN = "RETURN";
  public static final String CONFIRM = "CONFIRM";
  public static final String PROCUREMENT = "PROCUREMENT";
  public static final String EXISTING_CONTRACT = "EXISTING_CONTRACT";
  public static final String KURATOR_APPROVED = "APPROVED";
  public static final String KURATOR_REFUSED = "REFUSED";

  /** A list variable: Json rows (ADR 0006), read as plain rows whatever form the engine holds them in. */
  private static ProcessVariable<List<Map<String, Object>>> rows(String name) {
    return ProcessVariable.of(name, "list of rows (Json)", JsonRows::of, JsonRows::json);
  }

  private CourseVariables() {}
}
