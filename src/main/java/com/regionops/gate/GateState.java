package com.regionops.gate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A gate of the catalogue as it stands for one project (its latest round). */
public record GateState(
    String gateCode,
    String name,
    String phase,
    int sortOrder,
    GateReviewStatus status,
    Integer round,
    String processInstanceId,
    String conclusion,
    LocalDate plannedMeetingDate,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    int openDecisions,
    int overdueDecisions) {
}
