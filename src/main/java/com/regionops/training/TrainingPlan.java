package com.regionops.training;

import java.time.LocalDateTime;

/**
 * A region's annual training plan (年度培训计划). reviewComment is the president's last 退回 comment; reviewRounds
 * counts the president's decisions. Once APPROVED the plan and its items are frozen.
 */
public record TrainingPlan(
    Long id,
    String regionCode,
    int planYear,
    String title,
    PlanStatus status,
    String processInstanceId,
    String submittedBy,
    LocalDateTime submittedAt,
    int reviewRounds,
    String reviewedBy,
    LocalDateTime reviewedAt,
    String reviewComment,
    String approvedBy,
    LocalDateTime approvedAt) {

  public boolean approved() {
    return status == PlanStatus.APPROVED;
  }
}
