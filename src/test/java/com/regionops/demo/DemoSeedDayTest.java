package com.regionops.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Seeding that runs across midnight in China counts every date from the day it began on. */
class DemoSeedDayTest {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static final class MovingClock extends Clock {
    Instant now;

    MovingClock(String utc) {
      now = Instant.parse(utc);
    }

    @Override
    public ZoneId getZone() {
      return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void theDayIsTakenOnceAndKeptPastMidnight() {
    MovingClock clock = new MovingClock("2026-12-01T15:59:00Z"); // 23:59 in China
    DemoSeedDay seed = new DemoSeedDay(clock);
    assertThat(seed.take()).isEqualTo(LocalDate.of(2026, 12, 1));
    clock.now = Instant.parse("2026-12-01T16:01:00Z");
    assertThat(LocalDate.now(clock)).as("midnight in China has passed").isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(seed.take()).as("the rest of the seeding").isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(seed.day()).as("what the checks of the demo count from").isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aStartThatSeededNothingHasNoDay() {
    DemoSeedDay seed = new DemoSeedDay(new MovingClock("2026-12-01T15:59:00Z"));
    assertThatThrownBy(seed::day).isInstanceOf(IllegalStateException.class);
  }
}
