package com.regionops.operating;

import java.math.BigDecimal;

/** What a project achieved for one metric in one month (ro_operating_actual). */
public record ActualRow(String projectCode, int targetYear, int targetMonth, Metric metric, BigDecimal amount,
    String recordedBy) {
}
