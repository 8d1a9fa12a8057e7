package com.regionops.plan;

public record PlanImportResult(String projectCode, int created, int updated, int deleted, int dependencies) {
}
