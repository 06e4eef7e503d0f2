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

  private StatementCounter() {}

  /** Statement executions (execute, executeQuery, executeUpdate, executeBatch, ...) so far. */
  static long executions() {
    return EXECUTIONS.sum();
  }

  /** Statements added to JDBC batches so far. */
  static long batched() {
    return BATCHED.sum();
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
          if (result instanceof CallableStatement s) {
            return statement(s, CallableStatement.class);
          } else if (result instanceof PreparedStatement s) {
            return statement(s, PreparedStatement.class);
          } else if (result instanceof Statement s && method.getName().equals("createStatement")) {
            return statement(s, Statement.class);
          }
          return result;
        });
  }

  private static Object statement(Statement target, Class<? extends Statement> type) {
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.startsWith("execute")) {
        EXECUTIONS.increment();
      } else if (name.equals("addBatch")) {
        BATCHED.increment();
      }
      return invoke(target, method, args);
    };
    return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
