package pl.vetworkflow.counselling;

import static pl.vetworkflow.counselling.CareerCounsellingVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import pl.vetworkflow.participant.Pesel;

/** Submissions of the career-counselling forms, as Tasklist sends them. */
final class CareerCounsellingForms {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final String PUPIL_PESEL_VALUE = Pesel.of(LocalDate.of(2008, 5, 14), 1211).value();

  static Map<String, Object> start(String schoolId, String pesel, long plannedSessionCount) {
    Map<String, Object> v = new HashMap<>();
    v.put(SCHOOL_ID, schoolId);
    v.put(PUPIL_FIRST_NAME, "Kacper");
    v.put(PUPIL_LAST_NAME, "Nowicki");
    v.put(PUPIL_PESEL, pesel);
    v.put(PUPIL_CLASS, "3TI");
    v.put(COUNSELLOR_NAME, "Anna Wiśniewska");
    v.put(PLANNED_SESSIONS, plannedSessionCount);
    return v;
  }

  static Map<String, Object> session(LocalDate date, double hours, String topic, boolean last) {
    Map<String, Object> v = new HashMap<>();
    v.put(PUPIL_RESIGNED, false);
    v.put(SESSION_DATE, date.toString());
    v.put(SESSION_HOURS, hours);
    v.put(SESSION_TOPIC, topic);
    v.put(SESSION_NOTES, "Notatka: " + topic);
    v.put(LAST_SESSION, last ? YES : NO);
    return v;
  }

  static Map<String, Object> resignation(String reason) {
    Map<String, Object> v = new HashMap<>();
    v.put(PUPIL_RESIGNED, true);
    if (reason != null) {
      v.put(RESIGNATION_REASON, reason);
    }
    return v;
  }

  static Map<String, Object> actionPlan(RecommendedPath path, String remarks) {
    Map<String, Object> v = new HashMap<>();
    v.put(PLAN_GOALS, "Zdobyć kwalifikację INF.04");
    v.put(PLANNED_STEPS, "Kurs kwalifikacyjny, potem staż");
    v.put(RECOMMENDED_PATH, path.name());
    if (remarks != null) {
      v.put(PLAN_REMARKS, remarks);
    }
    return v;
  }

  private CareerCounsellingForms() {}
}
