package com.regionops.notification;

import java.time.Duration;

/**
 * How long a delivery waits after its n-th failed attempt: {@code first}, then doubling, never more
 * than {@code cap}. Doubling keeps a short outage (a robot restarting) cheap and a long one from
 * hammering the channel; with the defaults and 8 attempts a channel gets about an hour to come back
 * before a notification is given up (30 s + 1 + 2 + 4 + 8 + 16 + 32 min).
 */
public record Backoff(Duration first, Duration cap) {

  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

  public Backoff {
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
      throw new IllegalArgumentException("Backoff needs 0 < first <= cap, not " + first + " / " + cap);
    }
  }

  /** The wait after the given number of failed attempts (1 = the first failure). */
  public Duration after(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be at least 1: " + failures);
    }
    // Past 2^20 the cap has long been reached; stopping there keeps the multiplication from overflowing.
    Duration delay = first.multipliedBy(1L << Math.min(failures - 1, 20));
    return delay.compareTo(cap) > 0 ? cap : delay;
  }
}
