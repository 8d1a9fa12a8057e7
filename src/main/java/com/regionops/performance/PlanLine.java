package com.regionops.performance;

import java.math.BigDecimal;

/** A plan year's metric in 万元: the group's issued 保底/控制 (null when not issued) and the region's. */
public record PlanLine(int planYear, PlanMetric metric, BigDecimal groupFloor, BigDecimal groupControl,
    BigDecimal floorAmount, BigDecimal controlAmount) {
}
