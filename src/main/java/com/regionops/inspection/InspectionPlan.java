package com.regionops.inspection;

import java.time.LocalDateTime;

/** A region's 巡检计划 for a quarter (yyyy-Qn): DRAFT while region-ops edits it, SUBMITTED to the president, APPROVED. */
public record InspectionPlan(Long id, String regionCode, String quarter, String status, String processInstanceId,
    String approvedBy, LocalDateTime approvedAt, LocalDateTime createdAt) {

  public static final String DRAFT = "DRAFT";
  public static final String SUBMITTED = "SUBMITTED";
  public static final String APPROVED = "APPROVED";
}
