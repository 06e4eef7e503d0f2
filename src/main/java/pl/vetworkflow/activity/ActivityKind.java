package pl.vetworkflow.activity;

/** Kinds of group activity and event; the names are also vet_support.kind. */
public enum ActivityKind {
  SPECIALIST_CLASSES("zajęcia specjalistyczne"),
  KEY_COMPETENCE_CLASSES("zajęcia z kompetencji kluczowych"),
  SCIENCE_CAMP("obóz naukowy"),
  STUDY_VISIT("wizyta studyjna u pracodawcy"),
  JOB_FAIR("targi pracy lub edukacyjne");

  private final String label;

  ActivityKind(String label) {
    this.label = label;
  }

  /** Polish name, lower case (as in a sentence). */
  public String label() {
    return label;
  }

  /** The kind of a form's value, or null for none or an unknown one (the form check reports it). */
  public static ActivityKind of(String value) {
    if (value == null) {
      return null;
    }
    for (ActivityKind kind : values()) {
      if (kind.name().equals(value)) {
        return kind;
      }
    }
    return null;
  }
}
