package pl.vetworkflow.counselling;

import static pl.vetworkflow.process.ProcessVariable.date;
import static pl.vetworkflow.process.ProcessVariable.decimal;
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
 * Every process variable of {@code career-counselling} (individual educational and career
 * counselling of one pupil: sessions in a loop, then an individual action plan). Dates are ISO
 * strings {@code yyyy-MM-dd}, whole numbers Long, hours Double, yes/no Boolean, decisions String
 * constants, the sessions a Json array of rows (ADR 0006).
 */
public final class CareerCounsellingVariables {
  public static final String PROCESS_KEY = "career-counselling";
  /** Prefix of the business key: DZ/2026/0001. */
  public static final String CASE_PREFIX = "DZ";

  // start form (career-counselling-start)
  /** String, school registry id: the coordinator's own school, or picked by the programme office. */
  public static final String SCHOOL_ID = CaseVariables.SCHOOL_ID;
  public static final ProcessVariable<String> schoolId = CaseVariables.schoolId;
  public static final String PUPIL_FIRST_NAME = "pupilFirstName";
  public static final ProcessVariable<String> pupilFirstName = text(PUPIL_FIRST_NAME);
  public static final String PUPIL_LAST_NAME = "pupilLastName";
  public static final ProcessVariable<String> pupilLastName = text(PUPIL_LAST_NAME);
  /** String, 11 digits, a valid PESEL: the pupil enters the participant registry by it. */
  public static final String PUPIL_PESEL = "pupilPesel";
  public static final ProcessVariable<String> pupilPesel = text(PUPIL_PESEL);
  public static final String PUPIL_CLASS = "pupilClass";
  /** String, the counsellor's first and last name (the counsellor works through the school's account). */
  public static final String COUNSELLOR_NAME = "counsellorName";
  /** Long, 1..20. */
  public static final String PLANNED_SESSIONS = "plannedSessions";

  // set by registerCareerCounselling
  /** String, the business key again. */
  public static final String CASE_NUMBER = "caseNumber";
  public static final ProcessVariable<String> caseNumber = text(CASE_NUMBER);
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
  public static final ProcessVariable<String> schoolName = CaseVariables.schoolName;
  /** String, the pupil's name as the registry has it: the case's subject on Tasklist cards. */
  public static final String PARTICIPANT_NAME = CaseVariables.PARTICIPANT_NAME;
  public static final ProcessVariable<String> participantName = CaseVariables.participantName;
  /** Date the counselling started (the support's start). */
  public static final String COUNSELLING_START_DATE = "counsellingStartDate";
  public static final ProcessVariable<LocalDate> counsellingStartDate = date(COUNSELLING_START_DATE);

  // session (career-counselling-session), in a loop; the entered fields are cleared after each session
  public static final String SESSION_DATE = "sessionDate";
  public static final ProcessVariable<LocalDate> sessionDate = date(SESSION_DATE);
  /** Double, 0.5..4. */
  public static final String SESSION_HOURS = "sessionHours";
  public static final ProcessVariable<Double> sessionHours = decimal(SESSION_HOURS);
  public static final String SESSION_TOPIC = "sessionTopic";
  public static final ProcessVariable<String> sessionTopic = text(SESSION_TOPIC);
  public static final String SESSION_NOTES = "sessionNotes";
  public static final ProcessVariable<String> sessionNotes = text(SESSION_NOTES);
  /** String {@link #YES} | {@link #NO}: "Czy to ostatnia sesja?". */
  public static final String LAST_SESSION = "lastSession";
  public static final ProcessVariable<String> lastSession = text(LAST_SESSION);
  /** Boolean, the pupil gave up: the case closes without a plan. */
  public static final String PUPIL_RESIGNED = "pupilResigned";
  /** String, required when the pupil resigned. */
  public static final String RESIGNATION_REASON = "resignationReason";

  // set by recordCounsellingSession
  /** Json array, one row a session: {@code {number, date, dateText, hours, hoursText, topic, notes}}. */
  public static final String SESSIONS = "sessions";
  public static final ProcessVariable<List<Map<String, Object>>> sessions = rows(SESSIONS);
  /** Long, sessions recorded. */
  public static final String SESSION_COUNT = "sessionCount";
  public static final ProcessVariable<Long> sessionCount = whole(SESSION_COUNT);
  /** Double, hours of the recorded sessions. */
  public static final String SESSION_HOURS_TOTAL = "sessionHoursTotal";
  public static final ProcessVariable<Double> sessionHoursTotal = decimal(SESSION_HOURS_TOTAL);
  /** Boolean, the last session is recorded: the action plan is next. */
  public static final String SESSIONS_FINISHED = "sessionsFinished";
  public static final ProcessVariable<Boolean> sessionsFinished = flag(SESSIONS_FINISHED);

  // action plan (career-counselling-action-plan)
  public static final String PLAN_GOALS = "planGoals";
  public static final String PLANNED_STEPS = "plannedSteps";
  /** String, a {@link RecommendedPath} name. */
  public static final String RECOMMENDED_PATH = "recommendedPath";
  public static final String PLAN_REMARKS = "planRemarks";

  // decision values
  public static final String YES = "YES";
  public static final String NO = "NO";

  /** The recommended paths of the action plan (the form's select). */
  public enum RecommendedPath { FURTHER_VOCATIONAL_EDUCATION, QUALIFICATION_COURSES, EMPLOYER_INTERNSHIP, EMPLOYMENT, OTHER }

  /** A list variable: Json rows (ADR 0006), read as plain rows whatever form the engine holds them in. */
  private static ProcessVariable<List<Map<String, Object>>> rows(String name) {
    return ProcessVariable.of(name, "list of rows (Json)", JsonRows::of, JsonRows::json);
  }

  private CareerCounsellingVariables() {}
}
