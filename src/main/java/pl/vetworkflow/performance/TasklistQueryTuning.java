package pl.vetworkflow.performance;

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
import org.springframework.stereotype.Component;

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
 * connections are renewed. Measured at 50,000 open tasks: the coordinator's count of all tasks went
 * from 14.6 s to 0.34 s; other queries were unchanged.
 *
 * <p>Runs once the engine is built (the engine creates its ACT_* tables itself, after Flyway), is
 * idempotent, does nothing on other databases, and skips with a warning if the engine's tables are
 * missing. {@code vet.performance.tasklist-tuning=false} switches it off.
 */
@Component
@ConditionalOnProperty(name = "vet.performance.tasklist-tuning", havingValue = "true", matchIfMissing = true)
public class TasklistQueryTuning implements SmartInitializingSingleton {
  public static final String STATISTICS = "vet_authorization_read_perm";
  public static final String INDEX = "vet_authorization_read_perm_idx";
  public static final String PLAN_CACHE_MODE = "force_custom_plan";
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
        setDatabasePlanCacheMode(statement);
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

  private static void setDatabasePlanCacheMode(Statement statement) throws SQLException {
    String database;
    try (ResultSet rs = statement.executeQuery("SELECT current_database()")) {
      rs.next();
      database = rs.getString(1);
    }
    try {
      statement.execute("ALTER DATABASE \"" + database.replace("\"", "\"\"") + "\" SET plan_cache_mode = "
          + PLAN_CACHE_MODE);
    } catch (SQLException e) {
      LOG.warn("Cannot set plan_cache_mode for database {} ({}): as its owner run ALTER DATABASE {} SET "
          + "plan_cache_mode = {}", database, e.getMessage(), database, PLAN_CACHE_MODE);
    }
    statement.execute("SET plan_cache_mode = " + PLAN_CACHE_MODE);
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
