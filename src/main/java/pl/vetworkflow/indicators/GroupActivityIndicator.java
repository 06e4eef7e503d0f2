package pl.vetworkflow.indicators;

import java.util.Arrays;
import java.util.List;
import pl.vetworkflow.support.SupportRegistry.Kind;

/**
 * The indicators of the group activities and events (process {@code group-activity}) and of career
 * counselling (process {@code career-counselling}), one per kind of support: the one list of them. Each counts the kind's completed forms of
 * support ({@code vet_support.kind}), per school and by sex; its target ({@code vet.programme.targets.<key>})
 * is optional, since the programme description gives no figure: unset, it shows as "cel nieustalony".
 * A new kind is one more constant here.
 */
public enum GroupActivityIndicator {
  SPECIALIST_CLASSES("specialist-classes", "Zajęcia specjalistyczne", Kind.SPECIALIST_CLASSES.name()),
  KEY_COMPETENCE_CLASSES("key-competence-classes", "Zajęcia z kompetencji kluczowych",
      Kind.KEY_COMPETENCE_CLASSES.name()),
  SCIENCE_CAMPS("science-camps", "Obozy naukowe", Kind.SCIENCE_CAMP.name()),
  STUDY_VISITS("study-visits", "Wizyty studyjne u pracodawców", Kind.STUDY_VISIT.name()),
  JOB_FAIRS("job-fairs", "Targi pracy i targi edukacyjne", Kind.JOB_FAIR.name()),
  // process career-counselling
  CAREER_COUNSELLING("career-counselling", "Doradztwo edukacyjno-zawodowe", Kind.CAREER_COUNSELLING.name());

  private final String key;
  private final String label;
  private final String kind;

  GroupActivityIndicator(String key, String label, String kind) {
    this.key = key;
    this.label = label;
    this.kind = kind;
  }

  /** The indicator's key in {@code /api/indicators} and in {@code vet.programme.targets}. */
  public String key() {
    return key;
  }

  /** Polish name, as in the Cockpit plugin. */
  public String label() {
    return label;
  }

  /** The name of the kind of support it counts ({@code vet_support.kind}). */
  public String kind() {
    return kind;
  }

  /** The target keys of every group activity kind (optional targets). */
  public static List<String> keys() {
    return Arrays.stream(values()).map(GroupActivityIndicator::key).toList();
  }
}
