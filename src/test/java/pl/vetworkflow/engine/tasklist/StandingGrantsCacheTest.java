package pl.vetworkflow.engine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StandingGrantsCacheTest {
  final AtomicLong nanos = new AtomicLong();
  final StandingGrantsCache cache = new StandingGrantsCache(Duration.ofSeconds(30), nanos::get);
  final StandingGrantsCache.Key school1 = new StandingGrantsCache.Key("school1", List.of("school-1"), "filter-1");

  static StandingGrants grants(String user) {
    return new StandingGrants(user, List.of("school-1"), "filter-1", List.of());
  }

  @Test
  void servesWhatWasReadUntilItExpires() {
    StandingGrants read = grants("school1");
    cache.put(school1, cache.generation(), read);
    assertThat(cache.get(school1)).isSameAs(read);
    assertThat(cache.get(new StandingGrantsCache.Key("school1", List.of("school-1"), "filter-2"))).isNull();
    assertThat(cache.get(new StandingGrantsCache.Key("school1", List.of("school-1", "teachers-1"), "filter-1")))
        .as("other groups").isNull();

    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    assertThat(cache.get(school1)).isSameAs(read);
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(cache.get(school1)).as("a change on another node shows after the time to live").isNull();
  }

  @Test
  void aChangeDropsEverythingReadBefore() {
    cache.put(school1, cache.generation(), grants("school1"));
    cache.changed();
    assertThat(cache.get(school1)).isNull();
  }

  @Test
  void aReadThatRacedWithAChangeIsNotKept() {
    long generation = cache.generation();
    // ... the grants are read, meanwhile another request's change commits ...
    cache.changed();
    cache.put(school1, generation, grants("school1"));
    assertThat(cache.get(school1)).isNull();

    cache.put(school1, cache.generation(), grants("school1"));
    assertThat(cache.get(school1)).isNotNull();
  }

  @Test
  void aTimeToLiveOfZeroKeepsNothing() {
    StandingGrantsCache off = new StandingGrantsCache(Duration.ZERO);
    off.put(school1, off.generation(), grants("school1"));
    assertThat(off.get(school1)).isNull();
  }
}
