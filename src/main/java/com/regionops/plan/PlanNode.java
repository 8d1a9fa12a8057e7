package com.regionops.plan;

import java.time.LocalDate;

/** One node of a project's plan; completed once it has an actual finish. */
public record PlanNode(
    Long id,
    String projectCode,
    String nodeCode,
    String name,
    NodeLevel nodeLevel,
    NodeCategory category,
    String ownerGroup,
    LocalDate baselineStart,
    LocalDate baselineFinish,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    LocalDate actualStart,
    LocalDate actualFinish,
    int progressPct) {

  public boolean isCompleted() {
    return actualFinish != null;
  }
}
