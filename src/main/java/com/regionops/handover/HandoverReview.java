package com.regionops.handover;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One submission of a contract handover date (ro_handover_date_review): the dates as submitted, the margin and the
 * decision handover-date-check gave (result, reason, bufferDays; null until evaluated), and how the review ended.
 */
public record HandoverReview(
    Long id,
    String projectCode,
    LocalDate contractHandoverDate,
    LocalDate plannedHandoverDate,
    int marginDays,
    String productType,
    String result,
    String reason,
    Integer bufferDays,
    String decorationContractor,
    LocalDate decorationCompletionDate,
    String presalePermitNo,
    String note,
    ReviewStatus status,
    String requestedBy,
    LocalDateTime requestedAt,
    String decidedBy,
    LocalDateTime decidedAt,
    String comment,
    String processInstanceId) {
}
