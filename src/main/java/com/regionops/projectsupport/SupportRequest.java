package com.regionops.projectsupport;

/**
 * POST /projects/{code}/support-cases: problem and goal (required), mode ON_SITE / REMOTE, startsOn and
 * endsOn (yyyy-MM-dd, at most a year), reason (for instance the 帮扶建议's words).
 */
public record SupportRequest(String problem, String goal, String mode, String startsOn, String endsOn, String reason) {
}
