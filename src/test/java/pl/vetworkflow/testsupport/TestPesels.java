package pl.vetworkflow.testsupport;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import pl.vetworkflow.participant.Pesel;

/** Valid PESEL numbers for tests; random serials keep tests independent in a shared database. */
public final class TestPesels {
  private TestPesels() {}

  /** A PESEL of a person born on {@code birth}; {@code female} decides the sex digit. */
  public static String random(LocalDate birth, boolean female) {
    int serial = ThreadLocalRandom.current().nextInt(0, 1000) * 10 + (female ? 2 * ThreadLocalRandom.current().nextInt(5)
        : 2 * ThreadLocalRandom.current().nextInt(5) + 1);
    return Pesel.of(birth, serial).value();
  }
}
