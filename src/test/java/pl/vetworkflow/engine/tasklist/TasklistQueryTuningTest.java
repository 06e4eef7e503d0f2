package pl.vetworkflow.engine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import pl.vetworkflow.engine.tasklist.TasklistQueryTuning.Outcome;

/**
 * The Tasklist query tuning on a real PostgreSQL 17 with the engine's own schema script, on a
 * database without the engine's tables yet, and on H2; and how it reads the connections' plan_cache_mode.
 * No application context: a plain test (a few seconds).
 */
class TasklistQueryTuningTest {
  static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void reportsThePlanCacheModeOfTheConnections() throws Exception {
    try (HikariDataSource plain = pool("postgres", null); Connection c = plain.getConnection();
         Statement s = c.createStatement()) {
      assertThat(TasklistQueryTuning.planCacheMode(s)).isEqualTo("auto");
    }
    try (HikariDataSource tuned = pool("postgres", "SET plan_cache_mode = " + TasklistQueryTuning.PLAN_CACHE_MODE);
         Connection c = tuned.getConnection(); Statement s = c.createStatement()) {
      assertThat(TasklistQueryTuning.planCacheMode(s)).isEqualTo(TasklistQueryTuning.PLAN_CACHE_MODE);
    }
  }

  @Test
  void createsStatisticsOnTheReadPermissionIdempotently() throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE engine_db");
    }
    try (HikariDataSource pool = pool("engine_db", null)) {
      try (Connection c = pool.getConnection()) {
        ScriptUtils.executeSqlScript(c,
            new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create.engine.sql"));
      }
      TasklistQueryTuning tuning = new TasklistQueryTuning(pool, null);
      assertThat(tuning.apply()).isEqualTo(Outcome.STATISTICS);
      assertThat(tuning.apply()).isEqualTo(Outcome.STATISTICS); // at every start-up: nothing changes, no error
      try (Connection c = pool.getConnection(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_statistic_ext e JOIN pg_class t ON t.oid = e.stxrelid"
               + " WHERE e.stxname = '" + TasklistQueryTuning.STATISTICS + "' AND t.relname = 'act_ru_authorization'"
               + " AND pg_get_statisticsobjdef_expressions(e.oid)::text LIKE '%perms_ & 2%'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
    // new sessions of that database plan every statement with its parameters, costing index probes for SSDs
    try (HikariDataSource fresh = pool("engine_db", null); Connection c = fresh.getConnection();
         Statement s = c.createStatement()) {
      assertThat(TasklistQueryTuning.planCacheMode(s)).isEqualTo(TasklistQueryTuning.PLAN_CACHE_MODE);
      try (ResultSet rs = s.executeQuery("SHOW random_page_cost")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(TasklistQueryTuning.RANDOM_PAGE_COST);
      }
    }
  }

  @Test
  void waitsForTheEngineWhenItsTablesDoNotExistYet() throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE empty_db");
    }
    try (HikariDataSource pool = pool("empty_db", null)) {
      assertThat(new TasklistQueryTuning(pool, null).apply()).isEqualTo(Outcome.ENGINE_TABLES_MISSING);
    }
  }

  @Test
  void doesNothingOnH2() {
    DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:tuning-test;DB_CLOSE_DELAY=-1", "sa", "");
    assertThat(new TasklistQueryTuning(h2, null).apply()).isEqualTo(Outcome.NOT_POSTGRES);
  }

  private static HikariDataSource pool(String database, String initSql) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
    config.setMaximumPoolSize(2);
    if (initSql != null) {
      config.setConnectionInitSql(initSql);
    }
    return new HikariDataSource(config);
  }
}
