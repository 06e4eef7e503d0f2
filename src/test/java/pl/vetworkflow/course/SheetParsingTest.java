package pl.vetworkflow.course;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.course.CourseForms.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text sheets of the enrolment and results forms, as typed or pasted from a spreadsheet. */
class SheetParsingTest {

  @Test
  void enrolmentSheetAcceptsSemicolonsTabsCommentsAndBlankLines() {
    EnrolmentSheet.Parsed parsed = EnrolmentSheet.parse("# PESEL; imię; nazwisko; klauzula\n\n"
        + STUDENT_A.pesel() + " ;  Jan ; Kowalski ; TAK\r\n" + STUDENT_B.pesel() + "\tAnna\tNowak\ttak\n"
        + STUDENT_C.pesel() + ";;;tak");
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.entries()).containsExactly(
        new EnrolmentSheet.Entry(3, STUDENT_A.pesel(), "Jan", "Kowalski"),
        new EnrolmentSheet.Entry(4, STUDENT_B.pesel(), "Anna", "Nowak"),
        new EnrolmentSheet.Entry(5, STUDENT_C.pesel(), null, null));
  }

  @Test
  void enrolmentSheetNamesTheLineAndColumnOfEveryError() {
    EnrolmentSheet.Parsed parsed = EnrolmentSheet.parse(STUDENT_A.pesel() + "; Jan; Kowalski; tak; nadmiarowa\n"
        + "1234; Jan; Nowak; tak\n" + STUDENT_B.pesel() + "; Anna; Nowak\n" + STUDENT_C.line() + "\n" + STUDENT_C.line());
    assertThat(parsed.entries()).extracting(EnrolmentSheet.Entry::line).containsExactly(4);
    assertThat(parsed.errors()).containsExactly(
        "wiersz 1: za dużo kolumn (5), oczekiwano: " + EnrolmentSheet.FORMAT,
        "wiersz 2, kolumna PESEL: PESEL musi mieć 11 cyfr (ma 4 znaków)",
        "wiersz 3, kolumna klauzula: wpisz 'tak' – uczestnik musi otrzymać i potwierdzić klauzulę informacyjną"
            + " o przetwarzaniu danych osobowych",
        "wiersz 5: PESEL powtarza się na liście");
  }

  @Test
  void resultsSheetReadsAttendanceExamAndCertificate() {
    ResultsSheet.Parsed parsed = ResultsSheet.parse("# nagłówek\n"
        + STUDENT_A.pesel() + "; Jan Kowalski; 85,5 %; Zdany; K/1; 2026-04-27\n"
        + STUDENT_B.pesel() + "\tAnna Nowak\t100\t-\t\t\n"
        + STUDENT_C.pesel() + "; Piotr; 0; nieobecny");
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.entries()).containsExactly(
        new ResultsSheet.Entry(2, STUDENT_A.pesel(), new BigDecimal("85.5"), ResultsSheet.Exam.PASSED, "K/1",
            LocalDate.of(2026, 4, 27)),
        new ResultsSheet.Entry(3, STUDENT_B.pesel(), new BigDecimal("100"), null, null, null),
        new ResultsSheet.Entry(4, STUDENT_C.pesel(), new BigDecimal("0"), ResultsSheet.Exam.ABSENT, null, null));
  }

  @Test
  void resultsSheetRefusesAttendanceOutsideTheRangeAndMalformedValues() {
    ResultsSheet.Parsed parsed = ResultsSheet.parse(STUDENT_A.pesel() + "; x; 100.01; ; ; \n"
        + STUDENT_B.pesel() + "; x; ; ; ; \n" + STUDENT_C.pesel() + "; x; 80.123; ; ; \n"
        + STUDENT_D.pesel() + "; x; 90; ; ; 27.04.2026\n" + TEACHER_A.pesel() + "; x; 90; ; " + "N".repeat(65) + "; ");
    assertThat(parsed.entries()).isEmpty();
    assertThat(parsed.errors()).containsExactly(
        "wiersz 1, kolumna frekwencja: 100.01 poza zakresem 0–100",
        "wiersz 2, kolumna frekwencja: brak wartości (0–100)",
        "wiersz 3, kolumna frekwencja: najwyżej 2 miejsca po przecinku",
        "wiersz 4, kolumna data zaświadczenia: '27.04.2026' – oczekiwano daty RRRR-MM-DD",
        "wiersz 5, kolumna nr zaświadczenia: za długi (65 znaków, dozwolone 64)");
  }
}
