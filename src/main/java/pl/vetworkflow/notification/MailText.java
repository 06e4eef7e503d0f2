package pl.vetworkflow.notification;

import java.util.regex.Pattern;

/** Sanitising of text that goes into a message: one line, bounded, no personal identifiers. */
final class MailText {
  /** A PESEL (11 digits standing alone) is never written into a message, whatever its source. */
  private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{11}(?![0-9])");
  /** CR, LF, other control characters and Unicode line/paragraph separators. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");
  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

  private MailText() {}

  /**
   * One line of at most {@code max} characters: control characters (header injection, faked lines
   * in the text part) become spaces, PESEL-like numbers are masked; null or blank gives null.
   */
  static String singleLine(Object value, int max) {
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
