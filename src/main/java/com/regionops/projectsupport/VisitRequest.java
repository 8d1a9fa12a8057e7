package com.regionops.projectsupport;

import java.util.List;

/**
 * POST /support-cases/{id}/visits: visitedOn (not in the future), mode ON_SITE / REMOTE, visitors (user ids of
 * the region's staff), issues found (required), guidance given, and the decisions to follow up.
 */
public record VisitRequest(String visitedOn, String mode, List<String> visitors, String issues, String guidance,
    List<Decision> decisions) {

  /** A decision or 指导意见 to be carried out by ownerGroup (office-{code}, fn-…) by dueDate. */
  public record Decision(String content, String ownerGroup, String dueDate) {
  }
}
