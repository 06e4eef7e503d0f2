package pl.vetworkflow.organisation;

/** Types of school in the programme, with the Polish name used in the CSV files and forms. */
public enum SchoolType {
  TECHNIKUM("technikum"),
  BRANZOWA_I("szkoła branżowa I stopnia"),
  SPECJALNA("szkoła specjalna");

  private final String polishName;

  SchoolType(String polishName) {
    this.polishName = polishName;
  }

  public String polishName() {
    return polishName;
  }

  /** Accepts the enum name or the Polish name, case-insensitive. */
  public static SchoolType parse(String text) {
    String t = text == null ? "" : text.trim();
    for (SchoolType type : values()) {
      if (type.name().equalsIgnoreCase(t) || type.polishName.equalsIgnoreCase(t)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown school type '" + t + "' (expected: technikum, szkoła branżowa I stopnia, szkoła specjalna)");
  }
}
