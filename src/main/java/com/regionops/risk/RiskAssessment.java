package com.regionops.risk;

import java.time.LocalDate;

/** A node's grade at one check; nodeCode and nodeName are read along for reports. */
public record RiskAssessment(
    long nodeId,
    String projectCode,
    String nodeCode,
    String nodeName,
    String nodeLevel,
    String category,
    LocalDate periodDate,
    String grade,
    String reason,
    int daysOverdue,
    int forecastDelayDays,
    int progressLagPct,
    int consecutiveChecks) {

  public boolean needsCorrection() {
    return "RED".equals(grade) || "ORANGE".equals(grade);
  }
}
