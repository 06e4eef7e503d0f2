package pl.vetworkflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Process variables that name a case in notification e-mails, next to its business key. Process
 * authors set them (String values) when a case is started or learnt; every one that is present is
 * shown, in this order, e.g. "Anna Kowalska, Technikum nr 1 w Opolu".
 *
 * <p>Only these variables ever reach an e-mail: no other variable is read, so no PESEL or other
 * personal identifier can leak by accident. Put a person's or organisation's display name here,
 * never an identifier (a run of 11 digits is masked anyway).
 */
public final class CaseVariables {
  /** Display name of the participant (student, teacher, instructor): first and last name. */
  public static final String PARTICIPANT_NAME = "participantName";
  /** Display name of the school concerned. */
  public static final String SCHOOL_NAME = "schoolName";
  /** Display name of the employer (company) concerned. */
  public static final String EMPLOYER_NAME = "employerName";

  /** In display order. */
  public static final List<String> ALL = List.of(PARTICIPANT_NAME, SCHOOL_NAME, EMPLOYER_NAME);

  /** The participant and the school: what a Tasklist card says a case is about. */
  public static final List<String> SUBJECT = List.of(PARTICIPANT_NAME, SCHOOL_NAME);

  /**
   * The values of {@code names} present on {@code scope} (String values, each one line, repeats
   * dropped), joined by ", " in the order given; null if none is present. E-mails use {@link #ALL},
   * Tasklist cards {@link #SUBJECT}.
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

  private CaseVariables() {}
}
