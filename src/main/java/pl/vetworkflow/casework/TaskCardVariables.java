package pl.vetworkflow.casework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Task-local variables that tell one Tasklist card from another: every user task gets them when it
 * is created ({@link TaskCards}), and every Tasklist filter shows them ({@link TaskCards#filterVariables()}). They
 * are task-local, not process variables, because whoever may read a task may read its own
 * variables, while an employer asked to confirm a placement may not yet read the case; and because
 * "waiting for" belongs to the task (its candidate group), not to the case.
 *
 * <p>Display names only, never an identifier. No form has a field with these names, so the server
 * refuses them in a form submission (submitted keys must be form fields). They are written from the
 * case's {@link pl.vetworkflow.process.CaseVariables}.
 */
public final class TaskCardVariables {
  /** The case number (the business key), e.g. SU/2026/0001. */
  public static final String CASE_NUMBER = "cardCaseNumber";
  /** Whom or what the case is about: the participant and their school, or the school. */
  public static final String SUBJECT = "cardSubject";
  /** The organisation the task waits on: a school, an employer, the programme office, accounting. */
  public static final String WAITING_FOR = "cardWaitingFor";

  /** Card labels by variable, in display order. */
  static final Map<String, String> LABELS = labels();

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(CASE_NUMBER, "Nr sprawy");
    labels.put(SUBJECT, "Dotyczy");
    labels.put(WAITING_FOR, "Czeka na");
    return Collections.unmodifiableMap(labels);
  }

  private TaskCardVariables() {}
}
