package pl.vetworkflow.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import pl.vetworkflow.VetWorkflowApplication;

/** Shared plumbing of the bench profile: the database, the application, figures and the report. */
final class Bench {
  static final Path DIR = Path.of("target", "bench");

  private Bench() {}

  static EmbeddedPostgres startPostgres() {
    try {
      return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The whole application (test profile: demo users, job executor off unless overridden) on the
   * given PostgreSQL, with Spring Boot's own Hikari pool configured from properties, as in production.
   */
  static ConfigurableApplicationContext startApplication(EmbeddedPostgres postgres, Map<String, Object> properties) {
    return startApplication(postgres, properties, List.of());
  }

  /** As {@link #startApplication(EmbeddedPostgres, Map)}, with initializers (e.g. {@link StatementCounter}). */
  static ConfigurableApplicationContext startApplication(EmbeddedPostgres postgres, Map<String, Object> properties,
      List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
    all.put("spring.datasource.username", "postgres");
    all.put("spring.datasource.password", "postgres");
    all.put("spring.datasource.hikari.maximum-pool-size", 10);
    all.put("server.port", 0);
    all.put("logging.level.org.camunda.bpm.engine.context", "warn");
    all.putAll(properties);
    // as command-line arguments: they win over application-test.yaml (builder properties would not)
    String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(VetWorkflowApplication.class).profiles("test")
        .initializers(initializers.toArray(ApplicationContextInitializer[]::new)).run(args);
  }

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  /** Nearest-rank percentile. */
  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static String ms(double value) {
    return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
  }

  static long heapUsedMb() {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format("%d cores, max heap %d MB, Java %s, %s %s", rt.availableProcessors(),
        rt.maxMemory() / (1024 * 1024), System.getProperty("java.version"), System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }

  /** Writes one section (target/bench/section-<name>.md) and rebuilds target/bench/results.md from all. */
  static synchronized void writeSection(String name, String markdown) {
    try {
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve("section-" + name + ".md"), markdown, StandardCharsets.UTF_8);
      StringBuilder all = new StringBuilder("# vet-workflow benchmark results\n\nMachine: " + machine() + "\n\n");
      try (Stream<Path> files = Files.list(DIR)) {
        for (Path f : files.filter(f -> f.getFileName().toString().startsWith("section-")).sorted()
            .collect(Collectors.toList())) {
          all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
        }
      }
      Files.writeString(DIR.resolve("results.md"), all.toString(), StandardCharsets.UTF_8);
      System.out.println(markdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
