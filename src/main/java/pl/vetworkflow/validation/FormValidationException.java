package pl.vetworkflow.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A submitted form (start form, task completion, submit-form) is invalid. Thrown before the engine
 * command runs, so nothing changes: the task stays open, no variable is written, no case starts.
 * The REST API answers 400 with this message ({@link FormValidationExceptionMapper}).
 *
 * <p>Deliberately not a {@code ProcessEngineException}: the engine's REST resources turn every
 * {@code ProcessEngineException} of a start into a 500, so this one passes them untouched and is
 * mapped on its own. The engine rethrows runtime exceptions of interceptors unwrapped.
 */
public class FormValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;
  private final String formId;

  public FormValidationException(String formId, List<Violation> violations) {
    super("Nic nie zapisano, popraw formularz. "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.formId = formId;
    this.violations = List.copyOf(violations);
  }

  public String formId() {
    return formId;
  }

  /** The variable names of the invalid fields, in the order reported. */
  public List<String> fields() {
    return violations.stream().map(Violation::field).toList();
  }

  public List<Violation> violations() {
    return violations;
  }
}
