package com.regionops.instruction;

import java.util.List;

/**
 * POST /instructions: regionCodes for group-ops (none: every region), projectCodes for a region's region-ops.
 * documentIds must stay empty: the 下发文件 are attached once the instruction exists (POST /instructions/{id}/documents).
 */
public record InstructionRequest(String title, String content, String category, String feedback, String deadline,
    String sourceMeeting, List<String> regionCodes, List<String> projectCodes, List<Object> documentIds) {

  public InstructionRequest(String title, String content, String category, String feedback, String deadline,
      String sourceMeeting, List<String> regionCodes, List<String> projectCodes) {
    this(title, content, category, feedback, deadline, sourceMeeting, regionCodes, projectCodes, null);
  }
}
