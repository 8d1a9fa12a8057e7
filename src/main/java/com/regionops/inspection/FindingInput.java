package com.regionops.inspection;

/** One finding as the inspectors entered it on the form, checked; nodeId and gateCode when it concerns one. */
public record FindingInput(int slot, FindingCategory category, FindingSeverity severity, Long nodeId, String nodeCode,
    String gateCode, String description, String cause, String recommendation) {
}
