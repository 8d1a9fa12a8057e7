package com.regionops.kpi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the monthly KPI job runs: the timer start of kpi-snapshot reads {@code ${kpiSchedule.cycle}}
 * when the model is deployed. A cron expression (read in the server's time zone) or an ISO 8601
 * repeating interval; by default 00:30 on the first of every month.
 */
@Component("kpiSchedule")
public class KpiSchedule {

  public static final String DEFAULT_CYCLE = "0 30 0 1 * ?";

  private final String cycle;

  public KpiSchedule(@Value("${regionops.kpi.cycle:" + DEFAULT_CYCLE + "}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
