package com.regionops.operating;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One 经营分析会 of a region (ro_operating_review). */
public record OperatingReview(
    Long id,
    String regionCode,
    ReviewKind reviewKind,
    int reviewYear,
    String reviewPeriod,
    LocalDate periodEnd,
    String status,
    String processInstanceId,
    String packReference,
    String packSummary,
    String startedBy,
    LocalDateTime createdAt) {

  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";
}
