package com.regionops.plan;

/** Finish-to-start: the successor may finish lagDays after its predecessor finishes at the earliest. */
public record PlanDependency(String predecessor, String successor, int lagDays) {
}
