package com.regionops.kpi;

import java.util.List;

/**
 * The answer of GET /api/v1/kpi: the period (yyyy-MM or yyyy), MONTHLY or ANNUAL, the rounding
 * applied, the months it covers, and the ranked projects the caller may see.
 */
public record KpiReport(String period, String kind, String rounding, List<String> months, List<KpiRanking> projects) {
}
