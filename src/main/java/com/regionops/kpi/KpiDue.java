package com.regionops.kpi;

import java.time.LocalDate;

/** One node of the assessed plan of a month (考核计划), with its planned finish as at the month's first day. */
public record KpiDue(String period, String projectCode, long nodeId, String nodeCode, String nodeLevel,
    LocalDate plannedFinish) {
}
