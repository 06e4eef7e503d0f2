package pl.vetworkflow.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the replay's time goes, from a Flight Recorder file of a bench run: the samples of the
 * thread {@code main} between the first and the last one driven by {@link ProgrammeWorkload}
 * (warm-up and replay; not start-up, the bare engine or the mail dispatch). For each sample the
 * innermost application frame names the cost (frames of the engine boundary, the bench and the
 * variable owners are skipped: they only pass through); a sample with none is the engine's own.
 * Java samples count CPU; native samples (mostly waiting for PostgreSQL) count twice, as the
 * recorder's {@code profile} settings take them half as often.
 *
 * <pre>
 * mvn -Pbench test -Dtest=ProgrammeReplayBenchTest -Dsurefire.failIfNoSpecifiedTests=false -Dbench.replay.scale=0.1 \
 *   "-Dbench.jvm.args=-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=target/replay.jfr,settings=profile"
 * java src/test/java/pl/vetworkflow/bench/JfrTopFrames.java target/replay.jfr [frame-substring ...]
 * </pre>
 *
 * The substrings given after the file are counted as well (share of the samples that have such a
 * frame anywhere on their stack), e.g. {@code PdfBoxRenderer.addPdfASchema TTFParser.parse}.
 */
public final class JfrTopFrames {
  private static final String APPLICATION = "pl.vetworkflow.";
  private static final List<String> PASSING_THROUGH = List.of("pl.vetworkflow.engine.", "pl.vetworkflow.bench.",
      "pl.vetworkflow.process.");

  private record Sample(Instant at, boolean java, List<String> frames) {}

  private JfrTopFrames() {}

  public static void main(String[] args) throws IOException {
    List<Sample> samples = new ArrayList<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      String type = event.getEventType().getName();
      boolean java = type.equals("jdk.ExecutionSample");
      if (!java && !type.equals("jdk.NativeMethodSample")) {
        continue;
      }
      var thread = event.getThread("sampledThread");
      if (thread == null || !"main".equals(thread.getJavaName()) || event.getStackTrace() == null) {
        continue;
      }
      List<String> frames = new ArrayList<>();
      for (RecordedFrame frame : event.getStackTrace().getFrames()) {
        frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
      }
      samples.add(new Sample(event.getStartTime(), java, frames));
    }
    Instant from = Instant.MAX;
    Instant to = Instant.MIN;
    for (Sample s : samples) {
      if (s.frames().stream().anyMatch(f -> f.contains("ProgrammeWorkload"))) {
        from = s.at().isBefore(from) ? s.at() : from;
        to = s.at().isAfter(to) ? s.at() : to;
      }
    }
    Instant start = from;
    Instant end = to;
    List<Sample> window = samples.stream().filter(s -> !s.at().isBefore(start) && !s.at().isAfter(end)).toList();
    long javaSamples = window.stream().filter(Sample::java).count();
    long weight = javaSamples + 2 * (window.size() - javaSamples);
    System.out.printf("thread main, %s to %s: %d Java samples, %d native samples%n%n", start, end, javaSamples,
        window.size() - javaSamples);

    Map<String, long[]> byCost = new HashMap<>();
    Map<String, long[]> byFrame = new HashMap<>();
    for (Sample s : window) {
      String cost = s.frames().stream().filter(f -> f.startsWith(APPLICATION))
          .filter(f -> PASSING_THROUGH.stream().noneMatch(f::startsWith))
          .map(f -> f.substring(0, f.lastIndexOf('.'))).findFirst().orElse("(engine, JDBC, no application frame)");
      add(byCost, cost, s);
      Set<String> seen = new HashSet<>();
      for (String frame : s.frames()) {
        for (int i = 1; i < args.length; i++) {
          if (frame.contains(args[i]) && seen.add(args[i])) {
            add(byFrame, args[i], s);
          }
        }
      }
    }
    System.out.println("  CPU   wall~  innermost application class");
    print(byCost, javaSamples, weight, 30);
    if (args.length > 1) {
      System.out.println("\n  CPU   wall~  frame anywhere on the stack");
      print(byFrame, javaSamples, weight, args.length);
    }
  }

  private static void add(Map<String, long[]> counts, String key, Sample s) {
    long[] c = counts.computeIfAbsent(key, k -> new long[2]);
    c[s.java() ? 0 : 1]++;
  }

  private static void print(Map<String, long[]> counts, long javaSamples, long weight, int limit) {
    counts.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[0] + 2 * b.getValue()[1], a.getValue()[0] + 2 * a.getValue()[1]))
        .limit(limit)
        .forEach(e -> System.out.printf("%5.1f%% %5.1f%%  %s%n", 100.0 * e.getValue()[0] / Math.max(1, javaSamples),
            100.0 * (e.getValue()[0] + 2 * e.getValue()[1]) / Math.max(1, weight), e.getKey()));
  }
}
