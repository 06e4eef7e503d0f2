package pl.vetworkflow.validation;

/**
 * One invalid field.
 *
 * @param field the variable name, for clients that map errors to their own inputs
 * @param label the field's Polish label as the form shows it; null for a field the form does not have
 * @param message a Polish message for the person who filled the form
 */
public record Violation(String field, String label, String message) {

  /** What the person reads: the field by its label, never by its variable name when it has one. */
  @Override
  public String toString() {
    return (label == null || label.isBlank() ? "pole " + field : "„" + label + "”") + ": " + message;
  }
}
