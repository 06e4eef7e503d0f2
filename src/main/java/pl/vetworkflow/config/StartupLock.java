package pl.vetworkflow.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

/**
 * Lets one application node at a time run its start-up steps on a shared PostgreSQL database.
 *
 * <p>The steps (grants, filters, reference data, accounts) are idempotent but check-then-insert: two
 * nodes starting at the same moment on a fresh database both found a grant missing and one failed
 * on the unique key. A PostgreSQL session advisory lock, held on its own connection while the steps
 * run, makes the second node wait and then find everything in place. Other databases (the embedded
 * H2 of a single node) run the steps directly.
 */
@Repository
public class StartupLock {
  /** Advisory lock key: any fixed number the application uses for nothing else. */
  static final long KEY = 0x7665745F73746172L; // "vet_star"
  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void run(Runnable steps) {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        steps.run();
        return;
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try {
        long t0 = System.nanoTime();
        call(connection, "SELECT pg_advisory_lock(?)");
        long waitedMillis = (System.nanoTime() - t0) / 1_000_000;
        if (waitedMillis > 1000) {
          LOG.info("Start-up steps waited {} ms for another node", waitedMillis);
        }
        try {
          steps.run();
        } finally {
          call(connection, "SELECT pg_advisory_unlock(?)");
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Start-up lock: " + e.getMessage(), e);
    }
  }

  private static void call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      statement.executeQuery().close();
    }
  }
}
