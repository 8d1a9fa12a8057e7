package com.regionops.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One 决议事项 of a meeting, followed up by its own decision-followup instance. */
public record MeetingDecision(
    Long id,
    Long meetingId,
    int seq,
    String content,
    String ownerGroup,
    String ownerUser,
    LocalDate dueDate,
    DecisionStatus status,
    String evidence,
    LocalDate completedOn,
    String reviewComment,
    String processInstanceId,
    String verifiedBy,
    LocalDateTime verifiedAt,
    String verifierUser) {
}
