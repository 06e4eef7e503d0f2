package pl.vetworkflow.testsupport;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid PESEL numbers for tests; random serials keep tests independent in a shared database. */
public final class TestPesels {
  private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  private TestPesels() {}

  /** A PESEL of a person born on {@code birth}; {@code female} decides the sex digit. */
  public static String random(LocalDate birth, boolean female) {
    int serial = ThreadLocalRandom.current().nextInt(0, 1000) * 10 + (female ? 2 * ThreadLocalRandom.current().nextInt(5)
        : 2 * ThreadLocalRandom.current().nextInt(5) + 1);
    int month = birth.getMonthValue() + (birth.getYear() >= 2000 ? 20 : 0);
    String body = String.format("%02d%02d%02d%04d", birth.getYear() % 100, month, birth.getDayOfMonth(), serial);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += WEIGHTS[i] * (body.charAt(i) - '0');
    }
    return body + (10 - sum % 10) % 10;
  }
}
