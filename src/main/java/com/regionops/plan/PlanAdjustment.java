package com.regionops.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One request to move a node's planned finish, and what became of it. */
public record PlanAdjustment(
    Long id,
    String projectCode,
    long nodeId,
    String nodeCode,
    String processInstanceId,
    LocalDate oldPlannedFinish,
    LocalDate newPlannedFinish,
    int delayDays,
    int milestoneImpactDays,
    int affectedNodes,
    String approverChain,
    String reason,
    AdjustmentStatus status,
    String requestedBy,
    LocalDateTime requestedAt,
    LocalDateTime decidedAt,
    /** The partner's approval (文号 or 会议纪要) a 不操盘 project's adjustment was filed on; null for most. */
    String partnerApproval) {
}
