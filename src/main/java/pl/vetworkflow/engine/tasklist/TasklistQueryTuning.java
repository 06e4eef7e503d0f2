package pl.vetworkflow.engine.tasklist;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Repository;

/**
 * Keeps Tasklist fast with many open tasks on PostgreSQL (BENCHMARKS.md, "Tasklist at scale").
 *
 * <p>Every task query of an authenticated user joins {@code ACT_RU_AUTHORIZATION} with the filter
 * {@code PERMS_ & 2 = 2} (READ). PostgreSQL has no statistics on that expression and estimates a
 * handful of rows where there is one per open task, so it picks nested loops that make a count over
 * many tasks take seconds. Statistics on the expression (PostgreSQL 14+, an expression index before)
 * give the planner the real figure; they only help if each statement is planned with its parameters,
 * so the database's default {@code plan_cache_mode} becomes {@code force_custom_plan} (needs the
 * database owner; otherwise a warning names the setting to make by hand) and the pool's existing
 * connections are renewed. The database's {@code random_page_cost} becomes 1.1 (PostgreSQL's advice
 * for solid-state storage; the default 4 assumes spinning disks): with it the planner reaches a
 * group's tasks through the identity-link index instead of reading every open task (a school's group
 * filter count at 50,000 tasks: 22 ms to 6 ms). {@link TaskQueryPerformancePlugin} does the rest.
 *
 * <p>Runs once the engine is built (the engine creates its ACT_* tables itself, after Flyway), is
 * idempotent, does nothing on other databases, and skips with a warning if the engine's tables are
 * missing. {@code vet.performance.tasklist-tuning=false} switches it off.
 */
@Repository
@ConditionalOnProperty(name = "vet.performance.tasklist-tuning", havingValue = "true", matchIfMissing = true)
public class TasklistQueryTuning implements SmartInitializingSingleton {
  public static final String STATISTICS = "vet_authorization_read_perm";
  public static final String INDEX = "vet_authorization_read_perm_idx";
  public static final String PLAN_CACHE_MODE = "force_custom_plan";
  /** Solid-state storage and a cached working set: an index probe costs little more than a page read in sequence. */
  public static final String RANDOM_PAGE_COST = "1.1";
  private static final Logger LOG = LoggerFactory.getLogger(TasklistQueryTuning.class);

  /** What {@link #apply()} found and did. */
  public enum Outcome { NOT_POSTGRES, ENGINE_TABLES_MISSING, STATISTICS, EXPRESSION_INDEX }

  private final DataSource dataSource;

  /** The engine parameter only orders this after the engine has created its tables. */
  public TasklistQueryTuning(DataSource dataSource, ProcessEngine engine) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterSingletonsInstantiated() {
    apply();
  }

  public Outcome apply() {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return Outcome.NOT_POSTGRES;
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        if (!tableExists(statement)) {
          LOG.warn("ACT_RU_AUTHORIZATION does not exist yet: Tasklist query statistics not created");
          return Outcome.ENGINE_TABLES_MISSING;
        }
        Outcome outcome;
        if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
          statement.execute("CREATE STATISTICS IF NOT EXISTS " + STATISTICS
              + " ON (perms_ & 2) FROM act_ru_authorization");
          outcome = Outcome.STATISTICS;
        } else {
          statement.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON act_ru_authorization ((perms_ & 2))");
          outcome = Outcome.EXPRESSION_INDEX;
        }
        statement.execute("ANALYZE act_ru_authorization");
        setDatabaseSettings(statement);
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
          // connections opened before now keep the old default: renew them as they come back
          pool.getHikariPoolMXBean().softEvictConnections();
        }
        LOG.info("Tasklist query tuning in place ({}, plan_cache_mode={})", outcome, planCacheMode(statement));
        return outcome;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Tasklist query tuning failed: " + e.getMessage(), e);
    }
  }

  private static void setDatabaseSettings(Statement statement) throws SQLException {
    String database;
    try (ResultSet rs = statement.executeQuery("SELECT current_database()")) {
      rs.next();
      database = rs.getString(1);
    }
    setForDatabase(statement, database, "plan_cache_mode", PLAN_CACHE_MODE);
    setForDatabase(statement, database, "random_page_cost", RANDOM_PAGE_COST);
  }

  private static void setForDatabase(Statement statement, String database, String setting, String value)
      throws SQLException {
    try {
      statement.execute("ALTER DATABASE \"" + database.replace("\"", "\"\"") + "\" SET " + setting + " = " + value);
    } catch (SQLException e) {
      LOG.warn("Cannot set {} for database {} ({}): as its owner run ALTER DATABASE {} SET {} = {}", setting,
          database, e.getMessage(), database, setting, value);
    }
    statement.execute("SET " + setting + " = " + value);
  }

  private static boolean tableExists(Statement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery("SELECT to_regclass('act_ru_authorization') IS NOT NULL")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  static String planCacheMode(Statement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery("SHOW plan_cache_mode")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
