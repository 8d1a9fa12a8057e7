package com.regionops.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The day the demo counted its dates from ("today" when it seeded). The demo is seeded once, at
 * start, and ages from then on: a check of a demo fact ("the 协调会 was six days ago") counts from
 * this day, since today has moved on once midnight in China falls between seeding and the check.
 */
@Component
@Profile("demo")
public class DemoSeedDay {

  private final Clock clock;
  private LocalDate day;

  DemoSeedDay(Clock clock) {
    this.clock = clock;
  }

  /** Taken once, so that seeding across midnight still counts every date from one day. */
  synchronized LocalDate take() {
    if (day == null) {
      day = LocalDate.now(clock);
    }
    return day;
  }

  /** Fails when this start seeded nothing: the demo's data is older, from a day not kept. */
  public synchronized LocalDate day() {
    if (day == null) {
      throw new IllegalStateException("the demo was not seeded at this start, so the day it counted from is unknown");
    }
    return day;
  }
}
