package com.regionops.performance;

import java.time.LocalDateTime;

/** One version of a region's 三/五年业绩规划: years startYear .. startYear + horizon - 1. */
public record PerformancePlan(Long id, String regionCode, int versionNo, int startYear, int horizon, PlanStatus status,
    String processInstanceId, String submittedBy, LocalDateTime submittedAt, String decidedBy, LocalDateTime decidedAt,
    String decisionComment) {

  public int endYear() {
    return startYear + horizon - 1;
  }

  public boolean covers(int year) {
    return year >= startYear && year <= endYear();
  }
}
