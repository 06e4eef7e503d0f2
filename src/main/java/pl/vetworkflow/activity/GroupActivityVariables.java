package pl.vetworkflow.activity;

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
 * Every process variable of {@code group-activity} (specialist and key-competence classes, science
 * camps, study visits at employers, job fairs: one model, the kind's rules in the decision table
 * {@code group-activity-rules}). Dates are ISO strings {@code yyyy-MM-dd}, whole numbers Long, amounts
 * and shares Double, yes/no Boolean, decisions String constants, lists Json arrays of rows (ADR 0006).
 */
public final class GroupActivityVariables {
  public static final String PROCESS_KEY = "group-activity";
  /** Prefix of the business key: ZG/2026/0001. */
  public static final String CASE_PREFIX = "ZG";
  /** Decision table of the rules per kind. */
  public static final String RULES_DECISION = "group-activity-rules";

  // start form (group-activity-plan) and correction (group-activity-correction)
  /** String, an {@link ActivityKind} name. */
  public static final String ACTIVITY_KIND = "activityKind";
  public static final ProcessVariable<ActivityKind> activityKind = enumerated(ACTIVITY_KIND, ActivityKind.class);
  /** String, key-competence area (ICT, MATH_SCIENCE, TEAMWORK, CREATIVITY, LEARNING_TO_LEARN); where the rules require it. */
  public static final String COMPETENCE_AREA = "competenceArea";
  public static final ProcessVariable<String> competenceArea = text(COMPETENCE_AREA);
  /** String, title or topic (≤ 200): the case's subject on Tasklist cards. */
  public static final String ACTIVITY_TITLE = CaseVariables.ACTIVITY_TITLE;
  /** String, school registry id; empty only for a regional event planned by the programme office. */
  public static final String SCHOOL_ID = CaseVariables.SCHOOL_ID;
  public static final ProcessVariable<String> schoolId = CaseVariables.schoolId;
  public static final String ACTIVITY_START_DATE = "activityStartDate";
  public static final ProcessVariable<LocalDate> activityStartDate = date(ACTIVITY_START_DATE);
  public static final String ACTIVITY_END_DATE = "activityEndDate";
  public static final ProcessVariable<LocalDate> activityEndDate = date(ACTIVITY_END_DATE);
  /** Long, number of meetings (attendance is counted in meetings). */
  public static final String MEETINGS = "meetings";
  public static final ProcessVariable<Long> meetings = whole(MEETINGS);
  /** Long, hours in total; at least the kind's minHours. */
  public static final String ACTIVITY_HOURS = "activityHours";
  public static final ProcessVariable<Long> activityHours = whole(ACTIVITY_HOURS);
  public static final String PLACE = "place";
  /** String, partner employer's registry id; required where the rules say (study visits). */
  public static final String EMPLOYER_ID = CaseVariables.EMPLOYER_ID;
  public static final ProcessVariable<String> employerId = CaseVariables.employerId;
  /** Long, planned number of participants. */
  public static final String PLANNED_PARTICIPANTS = "plannedParticipants";
  /** Double, PLN. */
  public static final String PLANNED_COST = "plannedCost";

  // set by registerGroupActivity
  /** String, the business key again (forms' rules read it). */
  public static final String CASE_NUMBER = "caseNumber";
  public static final ProcessVariable<String> caseNumber = text(CASE_NUMBER);
  /** String, who works the organising side's tasks (named as the course's): school-&lt;id&gt;, or coordinators for a regional event. */
  public static final String REQUESTER_GROUP = "requesterGroup";
  public static final ProcessVariable<String> requesterGroup = text(REQUESTER_GROUP);
  /** Boolean, a regional event: no school, the programme office organises it. */
  public static final String REGIONAL = "regional";
  public static final ProcessVariable<Boolean> regional = flag(REGIONAL);

  // set by assessGroupActivityPlan (after the start and each correction), from group-activity-rules
  /** String, Polish name of the kind. */
  public static final String ACTIVITY_KIND_LABEL = "activityKindLabel";
  public static final ProcessVariable<String> activityKindLabel = text(ACTIVITY_KIND_LABEL);
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
  public static final ProcessVariable<String> schoolName = CaseVariables.schoolName;
  public static final String EMPLOYER_NAME = CaseVariables.EMPLOYER_NAME;
  public static final ProcessVariable<String> employerName = CaseVariables.employerName;
  /** Long, the kind's fewest hours. */
  public static final String MIN_HOURS = "minHours";
  public static final ProcessVariable<Long> minHours = whole(MIN_HOURS);
  /** Double 0..1, share of the meetings a participant attends to count as supported. */
  public static final String ATTENDANCE_SHARE = "attendanceShare";
  public static final ProcessVariable<Double> attendanceShare = decimal(ATTENDANCE_SHARE);

  // approval (group-activity-approval)
  /** String APPROVE | RETURN | REJECT. */
  public static final String PLAN_DECISION = "planDecision";
  public static final String PLAN_DECISION_REASON = "planDecisionReason";

  // rejection notice (group-activity-rejection-notice)
  public static final String REJECTION_ACKNOWLEDGED = "rejectionAcknowledged";

  // enrolment (group-activity-enrolment): rows as the course enrolment's (course.ParticipantRows)
  /** Json array, one row a participant: {@code {registryPesel} | {pesel, firstName, lastName}}, each with noticeAcknowledged. */
  public static final String PARTICIPANTS = "participants";
  public static final ProcessVariable<List<Map<String, Object>>> participants = rows(PARTICIPANTS);
  /** Long, participants enrolled. */
  public static final String ENROLLED_COUNT = "enrolledCount";
  public static final ProcessVariable<Long> enrolledCount = whole(ENROLLED_COUNT);

  // attendance (group-activity-attendance)
  /** Json array, one row per enrolled participant, pre-filled: {@code {pesel, name, attendedMeetings}}. */
  public static final String ATTENDANCE = "attendance";
  public static final ProcessVariable<List<Map<String, Object>>> attendance = rows(ATTENDANCE);
  /** Long, participants who count as supported. */
  public static final String SUPPORTED_COUNT = "supportedCount";
  public static final ProcessVariable<Long> supportedCount = whole(SUPPORTED_COUNT);
  /** String, the outcome per participant (shown read-only on the closing form). */
  public static final String ATTENDANCE_SUMMARY = "attendanceSummary";
  public static final ProcessVariable<String> attendanceSummary = text(ATTENDANCE_SUMMARY);

  // closure (group-activity-closure)
  public static final String OUTCOME_SUMMARY = "outcomeSummary";

  // decision values
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
  public static final String REJECT = "REJECT";

  /** A list variable: Json rows (ADR 0006), read as plain rows whatever form the engine holds them in. */
  private static ProcessVariable<List<Map<String, Object>>> rows(String name) {
    return ProcessVariable.of(name, "list of rows (Json)", JsonRows::of, JsonRows::json);
  }

  private GroupActivityVariables() {}
}
