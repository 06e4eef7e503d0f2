package pl.vetworkflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the JDBC statements the application sends: every {@code execute*} call of a Statement,
 * PreparedStatement or CallableStatement (a batch counts once per {@code executeBatch}; the statements
 * added to batches are counted apart). The application's Hikari pool is replaced by a subclass whose
 * connections are wrapped in java.lang.reflect proxies, so it stays a HikariDataSource for the product.
 * Counts are JVM-wide: read them before and after the part to measure.
 */
final class StatementCounter {
  private static final LongAdder EXECUTIONS = new LongAdder();
  private static final LongAdder BATCHED = new LongAdder();
  private static final Map<String, LongAdder> BY_SQL = new ConcurrentHashMap<>();
  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

  private StatementCounter() {}

  /** Statement executions (execute, executeQuery, executeUpdate, executeBatch, ...) so far. */
  static long executions() {
    return EXECUTIONS.sum();
  }

  /** Statements added to JDBC batches so far. */
  static long batched() {
    return BATCHED.sum();
  }

  /** Executions so far by statement text (whitespace collapsed, at most 160 characters). */
  static Map<String, Long> bySql() {
    Map<String, Long> copy = new HashMap<>();
    BY_SQL.forEach((sql, n) -> copy.put(sql, n.sum()));
    return copy;
  }

  /** The statements executed most often between two {@link #bySql()} snapshots, as "count × sql" lines. */
  static List<String> top(Map<String, Long> before, Map<String, Long> after, int n) {
    return after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
        .map(e -> e.getValue() + " × " + e.getKey()).toList();
  }

  /** Registers the counting pool in an application about to start. */
  static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
    return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof HikariDataSource pool && !(bean instanceof CountingDataSource)
            ? new CountingDataSource(pool) : bean;
      }
    });
  }

  /** Spring Boot's configured pool, copied (not yet started) into a pool whose connections count. */
  static final class CountingDataSource extends HikariDataSource {
    CountingDataSource(HikariDataSource configured) {
      configured.copyStateTo(this);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return wrap(super.getConnection(username, password));
    }
  }

  static Connection wrap(Connection connection) {
    return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
          if (result instanceof CallableStatement s) {
            return statement(s, CallableStatement.class, sql);
          } else if (result instanceof PreparedStatement s) {
            return statement(s, PreparedStatement.class, sql);
          } else if (result instanceof Statement s && method.getName().equals("createStatement")) {
            return statement(s, Statement.class, null);
          }
          return result;
        });
  }

  private static Object statement(Statement target, Class<? extends Statement> type, String preparedSql) {
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.startsWith("execute")) {
        EXECUTIONS.increment();
        String sql = preparedSql != null ? preparedSql
            : args != null && args.length > 0 && args[0] instanceof String text ? text : "(batch of plain statements)";
        BY_SQL.computeIfAbsent(KEYS.computeIfAbsent(sql, StatementCounter::key), k -> new LongAdder()).increment();
      } else if (name.equals("addBatch")) {
        BATCHED.increment();
      }
      return invoke(target, method, args);
    };
    return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static String key(String sql) {
    String flat = sql.replaceAll("\\s+", " ").trim();
    return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
