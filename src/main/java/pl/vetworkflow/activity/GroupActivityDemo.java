package pl.vetworkflow.activity;

import static pl.vetworkflow.activity.GroupActivityVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group activity plans as a school coordinator (or, for a regional fair, the programme office) fills
 * them in, for the demo cases ({@code demo.DemoCases}): the demo starts cases through the feature's own
 * names, so it never spells another feature's variables.
 */
public final class GroupActivityDemo {
  public static final String PROCESS_KEY = GroupActivityVariables.PROCESS_KEY;

  /** One planned activity of a kind: who plans it and the plan. */
  public record Plan(String kind, String plannedBy, Map<String, Object> variables) {}

  private GroupActivityDemo() {}

  /**
   * The start form's variables of one plan of each kind from {@code start}, in the kinds' order:
   * school 1 and school 2 alternately, the job fair by the programme office (a regional event).
   */
  public static List<Plan> plans(LocalDate start) {
    return List.of(
        plan(ActivityKind.SPECIALIST_CLASSES, "school1", "1", "Programowanie sterowników PLC", start, 10, 5,
            "Pracownia automatyki, ul. Kościuszki 12, Opole"),
        plan(ActivityKind.KEY_COMPETENCE_CLASSES, "school2", "2", "Arkusz kalkulacyjny w pracy technika", start, 12,
            6, "Pracownia komputerowa, ul. Rodziewiczówny 8, Nysa"),
        plan(ActivityKind.SCIENCE_CAMP, "school1", "1", "Obóz naukowy: odnawialne źródła energii", start, 30, 5,
            "Ośrodek w Turawie"),
        plan(ActivityKind.STUDY_VISIT, "school2", "2", "Wizyta na linii montażowej", start, 5, 1,
            "Zakład pracodawcy"),
        plan(ActivityKind.JOB_FAIR, "coordinator", null, "Opolskie Targi Zawodów", start, 6, 1,
            "Centrum Wystawiennicze, Opole"));
  }

  private static Plan plan(ActivityKind kind, String plannedBy, String schoolId, String title, LocalDate start,
      long hours, long meetings, String place) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(ACTIVITY_KIND, kind.name());
    if (schoolId != null) {
      v.put(SCHOOL_ID, schoolId);
    }
    v.put(ACTIVITY_TITLE, title);
    v.put(ACTIVITY_START_DATE, start.toString());
    v.put(ACTIVITY_END_DATE, start.plusDays(meetings > 1 ? 28 : 0).toString());
    v.put(MEETINGS, meetings);
    v.put(ACTIVITY_HOURS, hours);
    v.put(PLACE, place);
    v.put(PLANNED_PARTICIPANTS, kind == ActivityKind.JOB_FAIR ? 200L : 12L);
    v.put(PLANNED_COST, kind == ActivityKind.SCIENCE_CAMP ? 24000.0 : 3000.0);
    if (kind == ActivityKind.KEY_COMPETENCE_CLASSES) {
      v.put(COMPETENCE_AREA, "ICT");
    }
    if (kind == ActivityKind.STUDY_VISIT) {
      v.put(EMPLOYER_ID, "1");
    }
    return new Plan(kind.name(), plannedBy, v);
  }
}
