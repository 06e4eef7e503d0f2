package pl.vetworkflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import pl.vetworkflow.process.CaseVariables;

/**
 * What a case is about, next to its business key, from the case's name variables ({@link
 * CaseVariables}): every one that is present is shown, in the order given, e.g. "Anna Kowalska,
 * Technikum nr 1 w Opolu".
 *
 * <p>Only the variables named by the caller are read, so no PESEL or other personal identifier can
 * leak by accident; a run of 11 digits is masked anyway.
 */
public final class CaseDescription {
  private CaseDescription() {}

  /**
   * The values of {@code names} present on {@code scope} (String values, each one line, repeats
   * dropped), joined by ", " in the order given; null if none is present. E-mails use {@link
   * CaseVariables#ALL}, Tasklist cards {@link CaseVariables#SUBJECT}.
   */
  public static String describe(VariableScope scope, List<String> names) {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      Object value = scope.getVariable(name);
      if (value instanceof CharSequence text) {
        String line = MailText.singleLine(text, 150);
        if (line != null && !parts.contains(line)) {
          parts.add(line);
        }
      }
    }
    return parts.isEmpty() ? null : MailText.singleLine(String.join(", ", parts), 400);
  }
}
