package com.regionops.projectsupport;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One visit of a support case: when, how, who, the issues found and the guidance given. */
public record SupportVisit(Long id, long caseId, LocalDate visitedOn, String mode, String visitors, String issues,
    String guidance, String loggedBy, LocalDateTime loggedAt) {
}
