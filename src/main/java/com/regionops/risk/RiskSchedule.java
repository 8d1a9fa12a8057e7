package com.regionops.risk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the biweekly check runs: the timer start of biweekly-plan-check reads
 * {@code ${riskSchedule.cycle}} when the model is deployed. An ISO 8601 repeating interval
 * (every 14 days from a Monday morning) or a cron expression.
 */
@Component("riskSchedule")
public class RiskSchedule {

  private final String cycle;

  public RiskSchedule(@Value("${regionops.risk.check-cycle:R/2026-01-05T08:00:00+08:00/P14D}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
