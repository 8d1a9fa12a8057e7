package com.regionops.kpi;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of a month's snapshot: a project and a scope (ALL or a level). The project-wide counts
 * (adjustments, overdue decisions, lapsed certificates) are on the ALL row only, null on the
 * level rows; the rate is null when nothing was due. projectName and regionCode are read, not stored.
 */
public record KpiSnapshot(
    Long id,
    String period,
    String projectCode,
    String scope,
    int dueCount,
    int achievedCount,
    BigDecimal achievementRate,
    Integer adjustments,
    Integer overdueDecisions,
    Integer lapsedCertificates,
    LocalDateTime computedAt,
    String projectName,
    String regionCode) {
}
