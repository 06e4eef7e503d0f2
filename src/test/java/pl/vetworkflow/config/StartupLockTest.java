package pl.vetworkflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes starting at once take turns with their start-up steps on PostgreSQL (each node with its
 * own pool, as two JVMs would); H2 runs them directly. No application context.
 */
class StartupLockTest {

  @Test
  void nodesOnOnePostgresRunTheirStartUpStepsOneAfterTheOther() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
         HikariDataSource node1 = pool(postgres); HikariDataSource node2 = pool(postgres)) {
      AtomicInteger inside = new AtomicInteger();
      AtomicInteger mostInside = new AtomicInteger();
      CountDownLatch bothReady = new CountDownLatch(2);
      Runnable steps = () -> {
        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
        sleep(400);
        inside.decrementAndGet();
      };
      ExecutorService threads = Executors.newFixedThreadPool(2);
      List<Future<?>> runs = new ArrayList<>();
      for (HikariDataSource node : List.of(node1, node2)) {
        runs.add(threads.submit(() -> {
          bothReady.countDown();
          await(bothReady);
          new StartupLock(node).run(steps);
        }));
      }
      long t0 = System.nanoTime();
      for (Future<?> run : runs) {
        run.get(30, TimeUnit.SECONDS);
      }
      threads.shutdown();
      assertThat(mostInside.get()).isEqualTo(1);
      assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(800);
      // released: a third start-up gets in at once
      new StartupLock(node1).run(steps);
      assertThat(inside.get()).isZero();
    }
  }

  @Test
  void runsTheStepsDirectlyOnH2() {
    AtomicInteger runs = new AtomicInteger();
    new StartupLock(new DriverManagerDataSource("jdbc:h2:mem:startup-lock;DB_CLOSE_DELAY=-1", "sa", ""))
        .run(runs::incrementAndGet);
    assertThat(runs.get()).isEqualTo(1);
  }

  private static HikariDataSource pool(EmbeddedPostgres postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setPassword("postgres");
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
