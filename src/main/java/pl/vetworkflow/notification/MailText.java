package pl.vetworkflow.notification;

import pl.vetworkflow.casework.CaseDescription;

/** Sanitising of text that goes into a message: one line, bounded, no personal identifiers. */
final class MailText {
  private MailText() {}

  /** One line of at most {@code max} characters: {@link CaseDescription#singleLine}. */
  static String singleLine(Object value, int max) {
    return CaseDescription.singleLine(value, max);
  }
}
