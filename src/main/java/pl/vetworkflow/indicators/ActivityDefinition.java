package pl.vetworkflow.indicators;

import java.util.ArrayList;
import java.util.List;
import pl.vetworkflow.support.SupportRegistry.Kind;

/**
 * An activity indicator: its key (in {@code /api/indicators} and {@code vet.programme.targets}), its
 * Polish name and the kinds of support it counts. The one list of them, for the indicators and the
 * trends.
 */
record ActivityDefinition(String key, String name, List<String> kinds) {
  static List<ActivityDefinition> all() {
    List<ActivityDefinition> all = new ArrayList<>(List.of(
        of(ProgrammeTargets.STUDENT_INTERNSHIPS, "Staże uczniowskie", IndicatorService.STUDENT_INTERNSHIP_KINDS),
        of(ProgrammeTargets.STUDENT_COURSES, "Kursy dla uczniów", IndicatorService.STUDENT_COURSE_KINDS),
        of(ProgrammeTargets.TEACHER_INTERNSHIPS, "Staże nauczycieli u pracodawców",
            IndicatorService.TEACHER_INTERNSHIP_KINDS),
        of(ProgrammeTargets.TEACHER_COURSES, "Kursy dla nauczycieli", IndicatorService.TEACHER_COURSE_KINDS),
        of(ProgrammeTargets.INSTRUCTOR_COURSES, "Kursy instruktorów praktycznej nauki zawodu",
            IndicatorService.INSTRUCTOR_COURSE_KINDS)));
    for (GroupActivityIndicator group : GroupActivityIndicator.values()) {
      all.add(new ActivityDefinition(group.key(), group.label(), List.of(group.kind())));
    }
    return List.copyOf(all);
  }

  private static ActivityDefinition of(String key, String name, List<Kind> kinds) {
    return new ActivityDefinition(key, name, kinds.stream().map(Kind::name).toList());
  }
}
