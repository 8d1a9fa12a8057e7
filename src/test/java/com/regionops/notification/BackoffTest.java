package com.regionops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void theWaitDoublesFromThirtySecondsUpToAnHour() {
    assertThat(IntStream.rangeClosed(1, 9).mapToObj(Backoff.DEFAULT::after)).containsExactly(
        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
        Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
        Duration.ofHours(1));
  }

  @Test
  void manyFailuresStayAtTheCapWithoutOverflowing() {
    assertThat(Backoff.DEFAULT.after(64)).isEqualTo(Duration.ofHours(1));
    assertThat(Backoff.DEFAULT.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void withTheDefaultEightAttemptsAChannelHasAboutAnHourToComeBack() {
    Duration untilTheLastAttempt = IntStream.rangeClosed(1, 7).mapToObj(Backoff.DEFAULT::after)
        .reduce(Duration.ZERO, Duration::plus);
    assertThat(untilTheLastAttempt).isEqualTo(Duration.ofSeconds(30).plusMinutes(63));
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> Backoff.DEFAULT.after(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
