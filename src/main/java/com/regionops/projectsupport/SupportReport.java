package com.regionops.projectsupport;

import java.time.LocalDate;

/** The leader's monthly 帮扶进展: what moved, and whether the goal is met. */
public record SupportReport(Long id, long caseId, LocalDate reportedOn, String progress, boolean goalMet,
    String reportedBy) {
}
