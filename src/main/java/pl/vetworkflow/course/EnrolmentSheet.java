package pl.vetworkflow.course;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pl.vetworkflow.participant.Pesel;

/**
 * The participant list of the enrolment forms: one participant a line,
 * {@code PESEL; imię; nazwisko; klauzula}, where the last column must be {@code tak}: the participant
 * has received and acknowledged the data-protection information notice. A person already in the
 * participant registry may be given by PESEL alone (names then come from the registry).
 */
public final class EnrolmentSheet {
  static final int MAX_NAME = 100;
  static final String FORMAT = "PESEL; imię; nazwisko; klauzula informacyjna (tak)";

  /** One parsed line; names are null when not given. */
  public record Entry(int line, String pesel, String firstName, String lastName) {}

  /** Parsed lines and, per line, what is wrong with it (Polish, naming the line and column). */
  public record Parsed(List<Entry> entries, List<String> errors) {}

  private EnrolmentSheet() {}

  public static Parsed parse(String text) {
    List<Entry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sheet.Row row : Sheet.rows(text)) {
      String where = "wiersz " + row.line();
      if (row.cells().size() > 4) {
        errors.add(where + ": za dużo kolumn (" + row.cells().size() + "), oczekiwano: " + FORMAT);
        continue;
      }
      String pesel = row.cell(0);
      try {
        Pesel.parse(pesel);
      } catch (IllegalArgumentException e) {
        errors.add(where + ", kolumna PESEL: " + e.getMessage());
        continue;
      }
      if (!seen.add(pesel)) {
        errors.add(where + ": PESEL powtarza się na liście");
        continue;
      }
      String first = blankToNull(row.cell(1));
      String last = blankToNull(row.cell(2));
      boolean ok = true;
      if (first != null && first.length() > MAX_NAME) {
        errors.add(where + ", kolumna imię: za długie (" + first.length() + " znaków, dozwolone " + MAX_NAME + ")");
        ok = false;
      }
      if (last != null && last.length() > MAX_NAME) {
        errors.add(where + ", kolumna nazwisko: za długie (" + last.length() + " znaków, dozwolone " + MAX_NAME + ")");
        ok = false;
      }
      if (!"tak".equalsIgnoreCase(row.cell(3))) {
        errors.add(where + ", kolumna klauzula: wpisz 'tak' – uczestnik musi otrzymać i potwierdzić klauzulę"
            + " informacyjną o przetwarzaniu danych osobowych");
        ok = false;
      }
      if (ok) {
        entries.add(new Entry(row.line(), pesel, first, last));
      }
    }
    return new Parsed(List.copyOf(entries), List.copyOf(errors));
  }

  /** PESELs one a line (withdrawals). */
  public static Parsed parsePesels(String text) {
    List<Entry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sheet.Row row : Sheet.rows(text)) {
      String pesel = row.cell(0);
      String where = "wiersz " + row.line();
      if (!Pesel.isValid(pesel)) {
        errors.add(where + ": nieprawidłowy PESEL");
      } else if (!seen.add(pesel)) {
        errors.add(where + ": PESEL powtarza się na liście");
      } else {
        entries.add(new Entry(row.line(), pesel, null, null));
      }
    }
    return new Parsed(List.copyOf(entries), List.copyOf(errors));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
