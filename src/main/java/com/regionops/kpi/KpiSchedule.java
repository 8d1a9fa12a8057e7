package com.regionops.kpi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the monthly KPI job runs: the timer start of kpi-snapshot reads {@code ${kpiSchedule.cycle}}
 * when the model is deployed. An ISO 8601 repeating interval with the China offset, since a cron
 * expression is read in the server's zone. Camunda adds the months in the server's zone, so the
 * start must fall on the 1st there too, or the day drifts at the end of February: 09:00 China
 * time is the 1st both in China and in UTC.
 */
@Component("kpiSchedule")
public class KpiSchedule {

  public static final String DEFAULT_CYCLE = "R/2026-01-01T09:00:00+08:00/P1M";

  private final String cycle;

  public KpiSchedule(@Value("${regionops.kpi.cycle:" + DEFAULT_CYCLE + "}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
