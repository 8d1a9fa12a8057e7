package com.regionops.performance;

import java.time.LocalDateTime;

/**
 * What one reviewer or approver said: stage REVIEW (a function: APPROVED or COMMENTED), PRESIDENT or GROUP_OPS
 * (APPROVED or RETURNED), with the comment.
 */
public record PlanOpinion(long planId, String stage, String actorGroup, String outcome, String commentText,
    String userId, LocalDateTime decidedAt) {
}
