package com.regionops.instruction;

import java.util.List;

/** POST /instructions: regionCodes for group-ops (none: every region), projectCodes for a region's region-ops. */
public record InstructionRequest(String title, String content, String category, String feedback, String deadline,
    String sourceMeeting, List<String> regionCodes, List<String> projectCodes) {
}
