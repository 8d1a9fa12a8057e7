package com.regionops.inspection;

/**
 * A finding of an inspection. Its 整改 is the follow-up item {@code decisionId} (ro_meeting_decision),
 * owned by the project office and verified by the lead inspector.
 */
public record InspectionFinding(
    Long id,
    long inspectionId,
    int seq,
    FindingCategory category,
    FindingSeverity severity,
    Long nodeId,
    String gateCode,
    String description,
    String cause,
    String recommendation,
    long decisionId) {
}
