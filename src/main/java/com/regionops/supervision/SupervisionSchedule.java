package com.regionops.supervision;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the colours are brought up to date: the timer start of supervision-sweep reads {@code ${supervisionSchedule.cycle}}
 * at deployment. Every morning at 08:00 China time, before the working day's reminders; an ISO 8601 repeating
 * interval with the China offset, since a cron expression is read in the server's zone.
 */
@Component("supervisionSchedule")
public class SupervisionSchedule {

  public static final String DEFAULT_CYCLE = "R/2026-01-01T08:00:00+08:00/P1D";

  private final String cycle;

  public SupervisionSchedule(@Value("${regionops.supervision.cycle:" + DEFAULT_CYCLE + "}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
