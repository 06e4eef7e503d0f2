package pl.vetworkflow.internship;

import java.time.LocalDate;

/** Valid PESEL numbers for given birth dates (test data). */
final class TestPesel {
  private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  private TestPesel() {}

  static String of(LocalDate birth, int serial) {
    int month = birth.getMonthValue() + (birth.getYear() >= 2000 ? 20 : 0);
    String body = String.format("%02d%02d%02d%04d", birth.getYear() % 100, month, birth.getDayOfMonth(), serial);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += WEIGHTS[i] * (body.charAt(i) - '0');
    }
    return body + (10 - sum % 10) % 10;
  }
}
