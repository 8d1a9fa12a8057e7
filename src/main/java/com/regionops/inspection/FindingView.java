package com.regionops.inspection;

import com.regionops.meeting.DecisionStatus;
import java.time.LocalDate;

/**
 * A finding as the API shows it, with its 整改: status OPEN (being put right), DONE (reported,
 * awaiting the inspector's verification) or VERIFIED; overdue when not verified by its due date.
 */
public record FindingView(
    long id,
    long inspectionId,
    String projectCode,
    LocalDate inspectedOn,
    int seq,
    FindingCategory category,
    String categoryName,
    FindingSeverity severity,
    String severityName,
    String nodeCode,
    String nodeName,
    String gateCode,
    String description,
    String cause,
    String recommendation,
    long decisionId,
    DecisionStatus status,
    LocalDate dueDate,
    LocalDate completedOn,
    boolean overdue) {
}
