package com.regionops.gate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One round of a gate for a project (ro_gate_review). */
public record GateReview(
    Long id,
    String projectCode,
    String gateCode,
    int roundNo,
    String processInstanceId,
    GateReviewStatus status,
    String conclusion,
    String startedBy,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    LocalDate plannedMeetingDate) {

  public String businessKey() {
    return projectCode + ":" + gateCode + ":" + roundNo;
  }
}
