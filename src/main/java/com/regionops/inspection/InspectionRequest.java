package com.regionops.inspection;

import java.util.List;

/**
 * POST /projects/{code}/inspections: an inspection arranged by region-ops outside the quarter's plan.
 * kind PROGRESS or SPECIAL; plannedDate yyyy-MM-dd, today or later; stayDays 0 (a day's visit) to 30;
 * leadInspector and inspectors: users of the project's region.
 */
public record InspectionRequest(String kind, String plannedDate, Integer stayDays, String leadInspector,
    List<String> inspectors, String reason) {
}
