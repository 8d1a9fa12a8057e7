package com.regionops.handover;

/**
 * POST /api/v1/projects/{code}/handover-date-reviews: the contractual handover date (yyyy-MM-dd, required), the
 * 装修单位 and its contract's completion date when one is chosen, the 预售许可证 number and a note.
 */
public record HandoverRequest(String contractHandoverDate, String decorationContractor, String decorationCompletionDate,
    String presalePermitNo, String note) {
}
