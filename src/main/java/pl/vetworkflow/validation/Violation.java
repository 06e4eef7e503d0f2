package pl.vetworkflow.validation;

/** One invalid field: the variable name and a Polish message for the person who filled the form. */
public record Violation(String field, String message) {
  @Override
  public String toString() {
    return "pole '" + field + "': " + message;
  }
}
