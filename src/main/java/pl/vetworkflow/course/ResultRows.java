package pl.vetworkflow.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.vetworkflow.validation.JsonRows;

/**
 * Result rows of the course (list variable {@code courseResults}), one per enrolled participant,
 * pre-filled by the process with PESEL and name: {@code {pesel, name, attendance, exam,
 * certificateNumber, certificateDate}}. Attendance 0-100 (%); exam {@link Exam} only on courses with an
 * exam; certificate number and date only for those who completed.
 */
public final class ResultRows {
  public static final String PESEL = "pesel";
  public static final String NAME = "name";
  public static final String ATTENDANCE = "attendance";
  public static final String EXAM = "exam";
  public static final String CERTIFICATE_NUMBER = "certificateNumber";
  public static final String CERTIFICATE_DATE = "certificateDate";

  public enum Exam {
    PASSED("zdany"), FAILED("niezdany"), ABSENT("nieobecny");

    private final String word;

    Exam(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** One row (exam and certificate null when empty); {@code row} counts from 1. */
  public record Entry(int row, String pesel, BigDecimal attendance, Exam exam, String certificateNumber,
      LocalDate certificateDate) {}

  public record Parsed(List<Entry> entries, List<String> errors) {}

  private ResultRows() {}

  /** Rows the form check has typed (attendance a number 0-100, exam one of the options, date ISO). */
  public static Parsed parse(Object variable) {
    List<Entry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Map<String, Object>> rows = JsonRows.of(variable);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String where = "wiersz " + (i + 1);
      String pesel = JsonRows.text(row, PESEL);
      if (pesel == null || !seen.add(pesel)) {
        errors.add(where + ": " + (pesel == null ? "brak numeru PESEL uczestnika" : "uczestnik powtarza się w wynikach"));
        continue;
      }
      Object attendance = row.get(ATTENDANCE);
      if (!(attendance instanceof Number n)) {
        errors.add(where + ", frekwencja: podaj frekwencję (0–100%)");
        continue;
      }
      String exam = JsonRows.text(row, EXAM);
      String date = JsonRows.text(row, CERTIFICATE_DATE);
      entries.add(new Entry(i + 1, pesel, new BigDecimal(n.toString()), exam == null ? null : Exam.valueOf(exam),
          JsonRows.text(row, CERTIFICATE_NUMBER), date == null ? null : LocalDate.parse(date.substring(0, 10))));
    }
    return new Parsed(List.copyOf(entries), List.copyOf(errors));
  }

  /** The pre-filled row of one enrolled participant. */
  static Map<String, Object> template(String pesel, String name) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(PESEL, pesel);
    row.put(NAME, name);
    return row;
  }
}
