package pl.vetworkflow.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
  /** A PESEL (11 digits standing alone) is never written into a message, whatever its source. */
  private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{11}(?![0-9])");
  /** CR, LF, other control characters and Unicode line/paragraph separators. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");
  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

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
        String line = singleLine(text, 150);
        if (line != null && !parts.contains(line)) {
          parts.add(line);
        }
      }
    }
    return parts.isEmpty() ? null : singleLine(String.join(", ", parts), 400);
  }

  /**
   * One line of at most {@code max} characters: control characters (header injection, faked lines
   * in the text part) become spaces, PESEL-like numbers are masked; null or blank gives null.
   */
  public static String singleLine(Object value, int max) {
    if (value == null) {
      return null;
    }
    String s = CONTROL.matcher(value.toString()).replaceAll(" ");
    s = ELEVEN_DIGITS.matcher(s).replaceAll("***********");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() > max) {
      s = s.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
    }
    return s;
  }
}
