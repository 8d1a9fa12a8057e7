package com.regionops.gate;

/** Body of POST /api/v1/projects/{code}/gate-reviews. */
public record GateReviewRequest(String gateCode, String plannedMeetingDate) {
}
