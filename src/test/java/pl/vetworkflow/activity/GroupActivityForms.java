package pl.vetworkflow.activity;

import static pl.vetworkflow.activity.GroupActivityVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pl.vetworkflow.participant.Pesel;

/** Submissions of the group-activity forms, as Tasklist sends them (also for the indicators tests). */
public final class GroupActivityForms {
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  public static final LocalDate START = LocalDate.of(2026, 4, 13);
  public static final LocalDate END = LocalDate.of(2026, 5, 11);

  public record Person(String pesel, String firstName, String lastName) {
    public Map<String, Object> row() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("pesel", pesel);
      row.put("firstName", firstName);
      row.put("lastName", lastName);
      row.put("noticeAcknowledged", true);
      return row;
    }

    public Map<String, Object> known() {
      return new LinkedHashMap<>(Map.of("registryPesel", pesel, "noticeAcknowledged", true));
    }

    public Map<String, Object> attended(long meetings) {
      return new LinkedHashMap<>(Map.of("pesel", pesel, "name", firstName + " " + lastName, "attendedMeetings", meetings));
    }
  }

  public static final Person PUPIL_A = person(LocalDate.of(2008, 5, 14), 1211, "Kacper", "Nowicki");
  public static final Person PUPIL_B = person(LocalDate.of(2008, 11, 2), 2222, "Zofia", "Adamska");
  public static final Person PUPIL_C = person(LocalDate.of(2009, 1, 30), 3233, "Igor", "Pawlak");

  public static Person person(LocalDate birth, int serial, String first, String last) {
    return new Person(Pesel.of(birth, serial).value(), first, last);
  }

  /** A plan of {@code kind} for school {@code schoolId} (null: a regional event), 5 meetings. */
  public static Map<String, Object> plan(ActivityKind kind, String schoolId, long hours) {
    Map<String, Object> v = new HashMap<>();
    v.put(ACTIVITY_KIND, kind.name());
    if (schoolId != null) {
      v.put(SCHOOL_ID, schoolId);
    }
    v.put(ACTIVITY_TITLE, "Programowanie sterowników PLC");
    v.put(ACTIVITY_START_DATE, START.toString());
    v.put(ACTIVITY_END_DATE, END.toString());
    v.put(MEETINGS, 5L);
    v.put(ACTIVITY_HOURS, hours);
    v.put(PLACE, "Pracownia automatyki, ul. Struga 16, Opole");
    v.put(PLANNED_PARTICIPANTS, 12L);
    v.put(PLANNED_COST, 4500.50);
    if (kind == ActivityKind.KEY_COMPETENCE_CLASSES) {
      v.put(COMPETENCE_AREA, "ICT");
    }
    if (kind == ActivityKind.STUDY_VISIT) {
      v.put(EMPLOYER_ID, "1");
    }
    return v;
  }

  public static Map<String, Object> decision(String decision, String reason) {
    Map<String, Object> v = new HashMap<>();
    v.put(PLAN_DECISION, decision);
    if (reason != null) {
      v.put(PLAN_DECISION_REASON, reason);
    }
    return v;
  }

  @SafeVarargs
  public static Map<String, Object> enrolment(Map<String, Object>... rows) {
    return Map.of(PARTICIPANTS, List.of(rows));
  }

  @SafeVarargs
  public static Map<String, Object> attendanceOf(Map<String, Object>... rows) {
    return Map.of(ATTENDANCE, List.of(rows));
  }

  public static Map<String, Object> closure(String outcome) {
    return Map.of(OUTCOME_SUMMARY, outcome);
  }

  private GroupActivityForms() {}
}
