package com.regionops.instruction;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A 延期申请 of one item: PENDING until the issuer decides APPROVED or REFUSED. */
public record InstructionExtension(
    Long id,
    long itemId,
    String reason,
    LocalDate requestedDate,
    LocalDate previousDeadline,
    String requestedBy,
    LocalDateTime requestedAt,
    String status,
    String decidedBy,
    LocalDateTime decidedAt,
    String decisionComment) {

  public static final String PENDING = "PENDING";
  public static final String APPROVED = "APPROVED";
  public static final String REFUSED = "REFUSED";
}
