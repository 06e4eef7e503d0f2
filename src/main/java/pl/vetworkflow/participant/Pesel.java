package pl.vetworkflow.participant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * Polish national identification number: 11 digits, YYMMDD with the century encoded in the month
 * (+80 for 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s), a serial whose last digit gives the
 * sex (odd = male), and a weighted check digit.
 */
public record Pesel(String value, LocalDate birthDate, Sex sex) {
  private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  public enum Sex {
    /** kobieta */
    K,
    /** mężczyzna */
    M
  }

  /** Parses and validates; the exception message says what is wrong (in Polish, shown to users). */
  public static Pesel parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("PESEL jest pusty");
    }
    String pesel = text.trim();
    if (pesel.length() != 11) {
      throw new IllegalArgumentException("PESEL musi mieć 11 cyfr (ma " + pesel.length() + " znaków)");
    }
    if (!pesel.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("PESEL może zawierać tylko cyfry");
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += WEIGHTS[i] * digit(pesel, i);
    }
    if ((10 - sum % 10) % 10 != digit(pesel, 10)) {
      throw new IllegalArgumentException("PESEL ma błędną cyfrę kontrolną");
    }
    int year = digit(pesel, 0) * 10 + digit(pesel, 1);
    int month = digit(pesel, 2) * 10 + digit(pesel, 3);
    int day = digit(pesel, 4) * 10 + digit(pesel, 5);
    int century = switch (month / 20) {
      case 0 -> 1900;
      case 1 -> 2000;
      case 2 -> 2100;
      case 3 -> 2200;
      case 4 -> 1800;
      default -> throw new IllegalArgumentException("PESEL zawiera nieprawidłowy miesiąc urodzenia");
    };
    LocalDate birthDate;
    try {
      birthDate = LocalDate.of(century + year, month % 20, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("PESEL zawiera nieprawidłową datę urodzenia");
    }
    Sex sex = digit(pesel, 9) % 2 == 1 ? Sex.M : Sex.K;
    return new Pesel(pesel, birthDate, sex);
  }

  /**
   * Builds a valid number for a birth date and a 4-digit serial (the last digit decides the sex:
   * odd = male). For demo data and tests; real numbers come from the people themselves.
   */
  public static Pesel of(LocalDate birthDate, int serial) {
    int year = birthDate.getYear();
    int monthOffset = year >= 2200 ? 60 : year >= 2100 ? 40 : year >= 2000 ? 20 : year >= 1900 ? 0 : 80;
    String body = String.format("%02d%02d%02d%04d", year % 100, birthDate.getMonthValue() + monthOffset,
        birthDate.getDayOfMonth(), serial % 10000);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += WEIGHTS[i] * digit(body, i);
    }
    return parse(body + (10 - sum % 10) % 10);
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  public boolean isMinorOn(LocalDate day) {
    return ageOn(day) < 18;
  }

  private static int digit(String s, int i) {
    return s.charAt(i) - '0';
  }

  /** Never print the number itself (logs, e-mails): it is a personal identifier. */
  @Override
  public String toString() {
    return "Pesel[***]";
  }
}
