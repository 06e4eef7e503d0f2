package pl.vetworkflow.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/** A {@link BenchNode} JVM started by the bench: its commands, what it printed, and its end. */
final class NodeProcess implements AutoCloseable {
  /** The result line of a command: {@code ran|swept <label> cases=.. completions=.. ms=.. fired-meanwhile=..}. */
  record Result(String label, int cases, int completions, long millis, int timersFiredMeanwhile) {}

  final String name;
  private final Process process;
  private final Writer commands;
  private final Writer log;
  private final Set<Integer> started = ConcurrentHashMap.newKeySet();
  private final Set<Integer> finished = ConcurrentHashMap.newKeySet();
  private final Map<String, Result> results = new ConcurrentHashMap<>();
  private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile boolean ready;
  private volatile int size;
  private volatile String workload;
  private final long launchedAt = System.nanoTime();
  private volatile double startupSeconds;

  private NodeProcess(String name, Process process, Path logFile) throws IOException {
    this.name = name;
    this.process = process;
    this.commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
    Thread reader = new Thread(this::read, "bench-" + name + "-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts a node JVM on the test JVM's classpath; its output goes to target/bench/&lt;logName&gt;.log. */
  /** CPU time the node's JVM has used so far (all its threads). */
  double cpuSeconds() {
    return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
  }

  static NodeProcess launch(String name, String jdbcUrl, int smtpPort, String logName) {
    try {
      Files.createDirectories(Bench.DIR);
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx768m", "-Duser.timezone=Europe/Warsaw", "-Dfile.encoding=UTF-8",
          "-cp", classpath(), BenchNode.class.getName(), jdbcUrl, Integer.toString(smtpPort), name));
      String maxWait = System.getProperty(BenchNode.MAX_WAIT_PROPERTY);
      if (maxWait != null) {
        command.add(1, "-D" + BenchNode.MAX_WAIT_PROPERTY + "=" + maxWait);
      }
      Files.writeString(Bench.DIR.resolve(logName + ".command"), String.join("\n", command) + "\n");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      return new NodeProcess(name, process, Bench.DIR.resolve(logName + ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The test JVM's classpath as a path list. Surefire may run the tests from a manifest-only booter
   * jar whose manifest Class-Path lists the real entries as URLs: those are expanded, so the child
   * does not depend on the booter jar (which surefire deletes when it is done).
   */
  static String classpath() {
    String cp = System.getProperty("java.class.path");
    String[] entries = cp.split(java.io.File.pathSeparator);
    if (entries.length == 1 && entries[0].endsWith(".jar")) {
      try (JarFile jar = new JarFile(entries[0])) {
        Manifest manifest = jar.getManifest();
        String manifestCp = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        if (manifestCp != null && !manifestCp.isBlank()) {
          Path base = Path.of(entries[0]).toAbsolutePath().getParent();
          List<String> paths = new ArrayList<>();
          for (String url : manifestCp.trim().split("\\s+")) {
            URI uri = url.contains(":") ? URI.create(url) : base.toUri().resolve(url);
            paths.add(Path.of(uri).toString());
          }
          return String.join(java.io.File.pathSeparator, paths);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // an empty entry would put the working directory (the project, with its processes/ and forms/
    // folders) on the classpath: every process would be deployed twice
    return java.util.Arrays.stream(entries).filter(e -> !e.isBlank())
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        synchronized (log) {
          log.write(line);
          log.write('\n');
        }
        int at = line.indexOf(BenchNode.PREFIX);
        if (at >= 0) {
          handle(line.substring(at + BenchNode.PREFIX.length()));
        }
      }
    } catch (IOException e) {
      // the process is gone
    } finally {
      synchronized (log) {
        try {
          log.flush();
        } catch (IOException ignored) {
          // nothing to do
        }
      }
    }
  }

  private void handle(String line) {
    String[] part = line.split(" ");
    switch (part[0]) {
      case "ready" -> {
        size = Integer.parseInt(part[1].substring("size=".length()));
        workload = part.length > 2 ? part[2].substring("workload=".length()) : "?";
        startupSeconds = (System.nanoTime() - launchedAt) / 1e9;
        ready = true;
      }
      case "started" -> started.add(Integer.parseInt(part[1]));
      case "finished" -> finished.add(Integer.parseInt(part[1]));
      case "ran", "swept" -> {
        Map<String, String> kv = java.util.Arrays.stream(part).skip(2).map(p -> p.split("=", 2))
            .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        results.put(part[0] + ":" + part[1], new Result(part[1], Integer.parseInt(kv.get("cases")),
            Integer.parseInt(kv.get("completions")), Long.parseLong(kv.get("ms")),
            Integer.parseInt(kv.getOrDefault("fired-meanwhile", "0"))));
      }
      case "error" -> errors.add(line);
      default -> { }
    }
  }

  void send(String command) {
    try {
      commands.write(command);
      commands.write('\n');
      commands.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("node " + name + " does not take commands", e);
    }
  }

  void run(String label, Collection<Integer> cases) {
    send("run " + label + " " + cases.stream().map(String::valueOf).collect(Collectors.joining(",")));
  }

  void sweep(String label) {
    send("sweep " + label);
  }

  void awaitReady(Duration timeout) {
    await(() -> ready, timeout, "ready");
  }

  Result awaitRan(String label, Duration timeout) {
    await(() -> results.containsKey("ran:" + label), timeout, "ran " + label);
    return results.get("ran:" + label);
  }

  Result awaitSwept(String label, Duration timeout) {
    await(() -> results.containsKey("swept:" + label), timeout, "swept " + label);
    return results.get("swept:" + label);
  }

  private void await(java.util.function.BooleanSupplier condition, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (!errors.isEmpty()) {
        throw new AssertionError("node " + name + " failed: " + errors + " (log: target/bench/)");
      }
      if (!process.isAlive() && !condition.getAsBoolean()) {
        throw new AssertionError("node " + name + " ended (exit " + process.exitValue() + ") before '" + what
            + "' (log: target/bench/)");
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("node " + name + ": no '" + what + "' within " + timeout);
      }
      sleep(20);
    }
  }

  boolean isReady() {
    return ready;
  }

  String workload() {
    return workload;
  }

  int size() {
    return size;
  }

  double startupSeconds() {
    return startupSeconds;
  }

  Set<Integer> started() {
    return started;
  }

  Set<Integer> finished() {
    return finished;
  }

  List<String> errors() {
    return errors;
  }

  /** kill -9. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Asks the node to close its application, and kills it if it does not end in time. */
  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        send("exit");
      } catch (UncheckedIOException ignored) {
        // already going
      }
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
