package pl.vetworkflow.performance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
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
 * handful of rows where there is one per open task, so it picks nested loops that make a page
 * take hundreds of milliseconds and a count seconds. Statistics on the expression (PostgreSQL 14+,
 * an expression index before) give the planner the real figure. They only help if each statement
 * is planned with its parameters ({@code plan_cache_mode = force_custom_plan} on the connections,
 * e.g. {@code spring.datasource.hikari.connection-init-sql}); this component logs the mode in use.
 * Measured at 50,000 open tasks (BENCHMARKS.md), neither made a measurable difference with this
 * product's grants, so it is OFF by default ({@code vet.performance.tasklist-tuning=true} turns it
 * on): an experiment the benchmark runs, not a proven fix.
 *
 * <p>Runs once the engine is built (the engine creates its ACT_* tables itself, after Flyway), is
 * idempotent, does nothing on other databases, and skips with a warning if the engine's tables are
 * missing.
 */
@Component
@ConditionalOnProperty(name = "vet.performance.tasklist-tuning", havingValue = "true")
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
        String mode = planCacheMode(statement);
        if (!PLAN_CACHE_MODE.equals(mode)) {
          LOG.info("plan_cache_mode is '{}' on the application's connections ({} can be set with "
              + "spring.datasource.hikari.connection-init-sql)", mode, PLAN_CACHE_MODE);
        }
        LOG.info("Tasklist query tuning in place ({}, plan_cache_mode={})", outcome, mode);
        return outcome;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Tasklist query tuning failed: " + e.getMessage(), e);
    }
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
