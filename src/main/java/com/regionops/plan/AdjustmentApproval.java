package com.regionops.plan;

import java.time.LocalDateTime;

/** One step of the approver trail: who of which group decided what, when, and why. */
public record AdjustmentApproval(long adjustmentId, int step, String approverGroup, String userId, String decision,
    String commentText, LocalDateTime decidedAt) {
}
