package com.regionops.plan;

import java.time.LocalDateTime;

/** One confirmer's answer in one round of a completion report. */
public record CompletionStep(long completionId, int roundNo, int step, String confirmerGroup, String userId,
    String decision, String commentText, LocalDateTime decidedAt) {
}
