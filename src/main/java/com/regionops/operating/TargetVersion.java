package com.regionops.operating;

import java.time.LocalDateTime;

/** One decomposition of a region's yearly targets (ro_target_version). */
public record TargetVersion(
    Long id,
    String regionCode,
    int targetYear,
    int versionNo,
    TargetVersionStatus status,
    String processInstanceId,
    String submittedBy,
    LocalDateTime submittedAt,
    String decidedBy,
    LocalDateTime decidedAt,
    String decisionComment) {
}
