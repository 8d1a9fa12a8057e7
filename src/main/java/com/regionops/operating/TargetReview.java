package com.regionops.operating;

import java.time.LocalDateTime;

/** A function's answer on a decomposition: APPROVED or COMMENTED, with its comment. */
public record TargetReview(long versionId, String functionGroup, String outcome, String commentText, String userId,
    LocalDateTime decidedAt) {
}
