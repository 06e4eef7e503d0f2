package pl.vetworkflow.engine.tasklist;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The users' {@link StandingGrants} kept between requests (ADR 20): every Tasklist request reads them,
 * and they change only when someone changes a grant on every filter, task or process definition, or
 * on a filter.
 *
 * <p>A change of such a grant through this engine (the engine writes every authorization through its
 * authorization manager) makes every entry stale once its transaction commits: entries carry the
 * generation in which their read began and are used only in that generation, so a read that raced
 * with the change is never served. A change made on another node reaches this one when the entry
 * expires ({@code vet.performance.standing-grants-ttl}, 30 s by default, below the five minutes the
 * web applications keep a user's groups); a TTL of zero turns the cache off.
 */
final class StandingGrantsCache {
  /** Users times filters is small; the bound only keeps a flood of unknown filter ids from growing it. */
  static final int MAX_ENTRIES = 20_000;

  record Key(String userId, List<String> groupIds, String filterId) {
    Key {
      groupIds = List.copyOf(groupIds);
    }
  }

  private record Entry(long generation, StandingGrants grants) {}

  private final Cache<Key, Entry> entries;
  private final AtomicLong generation = new AtomicLong();

  StandingGrantsCache(Duration timeToLive) {
    this(timeToLive, Ticker.systemTicker());
  }

  /** With the clock that ages the entries (a test's). */
  StandingGrantsCache(Duration timeToLive, Ticker ticker) {
    this.entries = timeToLive.isZero() || timeToLive.isNegative() ? null
        : Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(MAX_ENTRIES).ticker(ticker).build();
  }

  static StandingGrantsCache off() {
    return new StandingGrantsCache(Duration.ZERO);
  }

  /** The generation a read of the grants belongs to: take it before reading. */
  long generation() {
    return generation.get();
  }

  /** The grants read in the current generation, or null. */
  StandingGrants get(Key key) {
    if (entries == null) {
      return null;
    }
    Entry entry = entries.getIfPresent(key);
    return entry != null && entry.generation() == generation.get() ? entry.grants() : null;
  }

  void put(Key key, long readGeneration, StandingGrants grants) {
    if (entries != null && readGeneration == generation.get()) {
      entries.put(key, new Entry(readGeneration, grants));
    }
  }

  /** A standing grant changed (committed): nothing read before is served again. */
  void changed() {
    generation.incrementAndGet();
    if (entries != null) {
      entries.invalidateAll();
    }
  }
}
