package pl.vetworkflow.procurement;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inventory numbers of one item row of the asset register, as the school types them: numbers
 * separated by commas, semicolons or new lines, and ranges {@code ST-2026-001 do ST-2026-010} (same
 * prefix, trailing digits counted inclusively). One number per delivered piece.
 */
final class InventoryNumbers {
  /** Longest range accepted (no school buys more pieces of one item row). */
  static final int MAX_RANGE = 10_000;

  private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");
  private static final Pattern RANGE = Pattern.compile("(?i)^(.+?)\\s+do\\s+(.+)$");
  private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*?)(\\d+)$");

  /** The numbers, ranges expanded, in the order given; or the reason they cannot be read. */
  record Parsed(List<String> numbers, String error) {}

  private InventoryNumbers() {}

  static Parsed parse(String text) {
    List<String> numbers = new ArrayList<>();
    for (String token : SEPARATORS.split(text == null ? "" : text)) {
      String t = token.trim();
      if (t.isEmpty()) {
        continue;
      }
      Matcher range = RANGE.matcher(t);
      if (!range.matches()) {
        numbers.add(t);
        continue;
      }
      String from = range.group(1).trim();
      String to = range.group(2).trim();
      Matcher a = TRAILING_DIGITS.matcher(from);
      Matcher b = TRAILING_DIGITS.matcher(to);
      if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1))) {
        return new Parsed(numbers, "zakres '" + t + "': oba numery muszą mieć ten sam początek i kończyć się cyframi"
            + " (np. ST-2026-001 do ST-2026-010)");
      }
      BigInteger first = new BigInteger(a.group(2));
      BigInteger last = new BigInteger(b.group(2));
      BigInteger count = last.subtract(first).add(BigInteger.ONE);
      if (count.signum() <= 0 || count.compareTo(BigInteger.valueOf(MAX_RANGE)) > 0) {
        return new Parsed(numbers, "zakres '" + t + "': numer końcowy musi być nie mniejszy niż początkowy (najwyżej "
            + MAX_RANGE + " numerów)");
      }
      int width = a.group(2).length();
      for (BigInteger n = first; n.compareTo(last) <= 0; n = n.add(BigInteger.ONE)) {
        numbers.add(a.group(1) + String.format(Locale.ROOT, "%0" + width + "d", n));
      }
    }
    return new Parsed(numbers, null);
  }
}
