package com.regionops.kpi;

/** Due and achieved nodes of one level of a project's assessed plan. */
public record LevelCount(String nodeLevel, int dueCount, int achievedCount) {
}
