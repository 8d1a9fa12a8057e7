package com.regionops.meeting;

import java.time.LocalDateTime;

/** A meeting (gate meeting or operating review) and, once approved, its minutes. */
public record Meeting(
    Long id,
    String kind,
    String regionCode,
    String projectCode,
    Long gateReviewId,
    String title,
    LocalDateTime scheduledAt,
    String location,
    String chairUser,
    String attendingFunctions,
    String conclusion,
    String minutes,
    String minutesApprovedBy,
    String processInstanceId) {
}
