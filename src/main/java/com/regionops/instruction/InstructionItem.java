package com.regionops.instruction;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One addressee's copy: a region's (projectCode null) or a project's under it. The deadline is the one
 * given; only an approved extension sets extendedDeadline, so lateness is never reset by asking.
 */
public record InstructionItem(
    Long id,
    long instructionId,
    Long parentId,
    String level,
    String regionCode,
    String projectCode,
    ItemStatus status,
    LocalDate ackDue,
    LocalDate deadline,
    LocalDate extendedDeadline,
    String acknowledgedBy,
    LocalDateTime acknowledgedAt,
    String handling,
    String answer,
    String answeredBy,
    LocalDateTime firstAnsweredAt,
    LocalDateTime answeredAt,
    int returns,
    String reviewComment,
    LocalDateTime closedAt,
    String color,
    String processInstanceId) {

  public static final String REGION = "REGION";
  public static final String PROJECT = "PROJECT";

  public boolean isProject() {
    return PROJECT.equals(level);
  }

  public LocalDate effectiveDeadline() {
    return extendedDeadline != null ? extendedDeadline : deadline;
  }

  public boolean open() {
    return closedAt == null;
  }
}
