package pl.vetworkflow.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The provider's results typed into one text field: one enrolled participant a line,
 * {@code PESEL; imię i nazwisko; frekwencja %; egzamin; nr zaświadczenia; data zaświadczenia}.
 * The name column is informative (the process fills it in). Exam: {@code zdany}, {@code niezdany},
 * {@code nieobecny}, or empty / {@code -} for courses without an exam. Attendance: 0-100, a comma or
 * a dot for decimals, an optional {@code %}.
 */
public final class ResultsSheet {
  static final String FORMAT = "PESEL; imię i nazwisko; frekwencja %; egzamin; nr zaświadczenia; data zaświadczenia";
  static final int MAX_CERTIFICATE_NUMBER = 64;

  public enum Exam {
    PASSED("zdany"), FAILED("niezdany"), ABSENT("nieobecny");

    private final String word;

    Exam(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    static Exam parse(String text) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      for (Exam e : values()) {
        if (e.word.equals(t)) {
          return e;
        }
      }
      return null;
    }
  }

  /** One parsed line; exam and certificate fields are null when empty. */
  public record Entry(int line, String pesel, BigDecimal attendance, Exam exam, String certificateNumber,
      LocalDate certificateDate) {}

  public record Parsed(List<Entry> entries, List<String> errors) {}

  private ResultsSheet() {}

  public static Parsed parse(String text) {
    List<Entry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sheet.Row row : Sheet.rows(text)) {
      String where = "wiersz " + row.line();
      if (row.cells().size() > 6) {
        errors.add(where + ": za dużo kolumn (" + row.cells().size() + "), oczekiwano: " + FORMAT);
        continue;
      }
      String pesel = row.cell(0);
      if (!seen.add(pesel)) {
        errors.add(where + ": PESEL powtarza się w wynikach");
        continue;
      }
      int before = errors.size();
      BigDecimal attendance = attendance(row.cell(2), where, errors);
      Exam exam = null;
      String examText = row.cell(3);
      if (!examText.isBlank() && !"-".equals(examText.strip())) {
        exam = Exam.parse(examText);
        if (exam == null) {
          errors.add(where + ", kolumna egzamin: '" + examText + "' – wpisz zdany, niezdany, nieobecny albo zostaw puste");
        }
      }
      String number = EnrolmentSheet.blankToNull(row.cell(4));
      if (number != null && number.length() > MAX_CERTIFICATE_NUMBER) {
        errors.add(where + ", kolumna nr zaświadczenia: za długi (" + number.length() + " znaków, dozwolone "
            + MAX_CERTIFICATE_NUMBER + ")");
      }
      LocalDate date = null;
      String dateText = row.cell(5);
      if (!dateText.isBlank()) {
        try {
          date = LocalDate.parse(dateText.strip());
        } catch (DateTimeParseException e) {
          errors.add(where + ", kolumna data zaświadczenia: '" + dateText + "' – oczekiwano daty RRRR-MM-DD");
        }
      }
      if (errors.size() == before) {
        entries.add(new Entry(row.line(), pesel, attendance, exam, number, date));
      }
    }
    return new Parsed(List.copyOf(entries), List.copyOf(errors));
  }

  private static BigDecimal attendance(String text, String where, List<String> errors) {
    String t = text.strip().replace(',', '.');
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty()) {
      errors.add(where + ", kolumna frekwencja: brak wartości (0–100)");
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(t);
    } catch (NumberFormatException e) {
      errors.add(where + ", kolumna frekwencja: '" + text + "' nie jest liczbą (0–100)");
      return null;
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      errors.add(where + ", kolumna frekwencja: " + value.toPlainString() + " poza zakresem 0–100");
      return null;
    }
    if (value.stripTrailingZeros().scale() > 2) {
      errors.add(where + ", kolumna frekwencja: najwyżej 2 miejsca po przecinku");
      return null;
    }
    return value;
  }

  /** One line of the sheet as the process pre-fills it for a participant. */
  static String templateLine(String pesel, String name) {
    return pesel + "; " + name + "; ; ; ; ";
  }
}
