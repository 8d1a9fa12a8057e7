package com.regionops.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One completion report (节点填报) of a node and what became of it. */
public record NodeCompletion(
    Long id,
    String projectCode,
    long nodeId,
    String nodeCode,
    CompletionSource source,
    LocalDate actualFinish,
    String note,
    CompletionStatus status,
    int roundNo,
    String processInstanceId,
    String confirmerChain,
    String returnReason,
    String reportedBy,
    LocalDateTime reportedAt,
    int reportDelayDays,
    LocalDateTime resubmittedAt,
    LocalDateTime decidedAt) {
}
