package com.regionops.kpi;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of a month's snapshot: a project and a scope (ALL or a level). The project-wide counts
 * (adjustments, overdue decisions, lapsed certificates) are on the ALL row only, null on the
 * level rows; the rate is null when nothing was due. projectName and regionCode are read, not stored.
 * 填报及时率 and 计划管理行为 (PlanBehavior) are on the ALL row too, null in months snapshotted before them;
 * so are 巡检整改: the findings' 整改 due in the month, those verified by its end, and those overdue at its end;
 * and 反馈及时率: the written answers to instructions due in the month and those given in time.
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
    String regionCode,
    Integer reportsDue,
    Integer reportsOnTime,
    BigDecimal timelinessRate,
    BigDecimal behaviorScore,
    Integer rectificationsDue,
    Integer rectificationsDone,
    Integer overdueFindings,
    Integer feedbackDue,
    Integer feedbackOnTime,
    BigDecimal feedbackRate) {
}
