package com.regionops.inspection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When each region's quarterly 巡检计划 is drawn up: the timer start of inspection-plan reads
 * {@code ${inspectionSchedule.cycle}} when the model is deployed. An ISO 8601 repeating interval
 * (every three months from a quarter's first morning) or a cron expression.
 */
@Component("inspectionSchedule")
public class InspectionSchedule {

  private final String cycle;

  public InspectionSchedule(@Value("${regionops.inspection.plan-cycle:R/2026-01-01T08:00:00+08:00/P3M}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
