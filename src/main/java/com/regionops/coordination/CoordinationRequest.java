package com.regionops.coordination;

import java.util.List;

/**
 * POST /projects/{code}/coordination-meetings: subject (required), problem, plannedMeetingDate (yyyy-MM-dd,
 * within {@value CoordinationProcess#MEETING_WITHIN_DAYS} days), attendingFunctions (function group ids).
 */
public record CoordinationRequest(String subject, String problem, String plannedMeetingDate,
    List<String> attendingFunctions) {
}
