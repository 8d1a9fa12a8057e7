package com.regionops.performance;

import java.math.BigDecimal;
import java.util.List;

/** POST body: the plan's years and, per year and metric, the group's issued figures (optional) and the region's. */
public record PerformancePlanRequest(Integer startYear, Integer horizon, List<Line> lines) {

  public record Line(Integer year, String metric, BigDecimal groupFloor, BigDecimal groupControl, BigDecimal floor,
      BigDecimal control) {
  }
}
