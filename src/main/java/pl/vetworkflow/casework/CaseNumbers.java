package pl.vetworkflow.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import pl.vetworkflow.engine.EngineClock;

/**
 * Allocates readable case numbers {@code <prefix>/<year>/<4-digit sequence>} (e.g. {@code SU/2026/0001})
 * from the table {@code vet_case_number}, one counter per prefix and calendar year (Europe/Warsaw,
 * engine clock). Runs in the caller's transaction (the engine command that starts the case): a start
 * that rolls back gives its number back, so the numbers have no gaps.
 */
@Repository
public class CaseNumbers {
  static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;
  private final EngineClock clock;

  public CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The next number for {@code prefix} in the current year. */
  public String next(String prefix) {
    int year = clock.today().getYear();
    return format(prefix, year, nextSequence(prefix, year));
  }

  static String format(String prefix, int year, int sequence) {
    return String.format("%s/%d/%04d", prefix, year, sequence);
  }

  int nextSequence(String prefix, int year) {
    if (increment(prefix, year) == 0) {
      try {
        // first number of the year; a savepoint keeps PostgreSQL's transaction usable if another
        // node inserted the same row a moment earlier
        savepoint.executeWithoutResult(status -> jdbc.update(
            "insert into vet_case_number (prefix, case_year, last_number) values (?, ?, 1)", prefix, year));
      } catch (DuplicateKeyException concurrentFirst) {
        increment(prefix, year);
      }
    }
    return jdbc.queryForObject("select last_number from vet_case_number where prefix = ? and case_year = ?",
        Integer.class, prefix, year);
  }

  private int increment(String prefix, int year) {
    return jdbc.update("update vet_case_number set last_number = last_number + 1 where prefix = ? and case_year = ?",
        prefix, year);
  }
}
