package com.regionops.operating;

import java.math.BigDecimal;

/** A project's plan for one metric in one month of a version (ro_operating_target). */
public record TargetRow(String projectCode, int targetYear, int targetMonth, Metric metric, BigDecimal planAmount) {
}
