package com.regionops.inspection;

import java.time.LocalDate;

/**
 * One row of a 巡检计划: proposed by the DMN or added by region-ops; included ones become
 * inspections (inspectionId) once the president approves.
 */
public record PlanItem(Long id, long planId, int seq, String projectCode, InspectionKind kind, LocalDate plannedDate,
    int stayDays, String leadInspector, String inspectors, String reason, boolean proposed, boolean included,
    Long inspectionId) {
}
