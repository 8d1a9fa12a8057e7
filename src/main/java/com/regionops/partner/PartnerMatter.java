package com.regionops.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A 合作方事项 (ro_partner_matter): IN_APPROVAL, then APPROVED or REJECTED. */
public record PartnerMatter(
    Long id,
    String projectCode,
    String regionCode,
    MatterKind kind,
    String title,
    BigDecimal amount,
    LocalDate meetingDate,
    String description,
    OperatingMode operatingMode,
    String status,
    String approverChain,
    String requestedBy,
    LocalDateTime requestedAt,
    LocalDateTime decidedAt,
    String processInstanceId) {

  public static final String IN_APPROVAL = "IN_APPROVAL";
  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";
}
