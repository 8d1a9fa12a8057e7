package com.regionops.instruction;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An instruction as issued: by group-ops (issuerRegion null) to regions, or by a region's region-ops to its projects. */
public record Instruction(
    Long id,
    String issuerLevel,
    String issuerRegion,
    String title,
    String content,
    InstructionCategory category,
    FeedbackMode feedbackMode,
    LocalDate deadline,
    String sourceMeeting,
    String issuedBy,
    LocalDateTime issuedAt) {

  public static final String GROUP = "GROUP";
  public static final String REGION = "REGION";

  public boolean byGroup() {
    return GROUP.equals(issuerLevel);
  }
}
