package com.regionops.operating;

import java.math.BigDecimal;

/**
 * A project's year-to-date standing on one metric, graded by DMN {@code target-deviation-grade}.
 * Without a positive plan to date there is no percentage and no grade.
 */
public record TargetGrade(String projectCode, Metric metric, BigDecimal ytdPlan, BigDecimal ytdActual,
    BigDecimal achievementPct, int monthsRemaining, String grade, String measure) {
}
