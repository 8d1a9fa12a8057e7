package com.regionops.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One 巡检 of a project; inspectors: the other inspectors' user ids, comma-separated; planId: the
 * quarter's 巡检计划 it belongs to (null: arranged on its own).
 */
public record Inspection(
    Long id,
    String regionCode,
    String projectCode,
    InspectionKind kind,
    LocalDate plannedDate,
    int stayDays,
    String leadInspector,
    String inspectors,
    String reason,
    InspectionStatus status,
    Long meetingId,
    String processInstanceId,
    String createdBy,
    LocalDateTime createdAt,
    LocalDateTime reportedAt,
    LocalDateTime closedAt,
    Long planId) {
}
