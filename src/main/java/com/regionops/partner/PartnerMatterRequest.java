package com.regionops.partner;

import java.math.BigDecimal;

/**
 * Body of POST /api/v1/projects/{code}/partner-matters: kind, title, amount in 万元 (0 for a matter without money),
 * meetingDate (the partners' meeting, for a motion), description.
 */
public record PartnerMatterRequest(String kind, String title, BigDecimal amount, String meetingDate,
    String description) {
}
