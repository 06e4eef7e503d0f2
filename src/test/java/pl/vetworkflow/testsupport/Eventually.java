package pl.vetworkflow.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting in browser tests for the server side: what the browser sent may still be on its way when
 * the test looks at the engine.
 */
public final class Eventually {
  private Eventually() {}

  /** Looks every 50 ms (at most 15 s) until {@code lookup} finds something other than null. */
  public static <T> T poll(Supplier<T> lookup) {
    return poll(Duration.ofSeconds(15), lookup);
  }

  public static <T> T poll(Duration limit, Supplier<T> lookup) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      T found = lookup.get();
      if (found != null) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the expected state was not reached within " + limit.toSeconds() + " s");
      }
      sleep(50);
    }
  }

  /** Looks every 50 ms (at most 20 s) until the condition holds. */
  public static void until(BooleanSupplier condition) {
    poll(Duration.ofSeconds(20), () -> condition.getAsBoolean() ? Boolean.TRUE : null);
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
