package com.regionops.operating;

import java.time.LocalDateTime;

/** A project office's 经营分析 for one review (ro_operating_submission). */
public record OperatingSubmission(long reviewId, String projectCode, String reportReference, String summary,
    String submittedBy, LocalDateTime submittedAt) {
}
