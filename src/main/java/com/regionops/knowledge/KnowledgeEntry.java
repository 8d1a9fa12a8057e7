package com.regionops.knowledge;

import java.time.LocalDateTime;

/**
 * An entry of the library (ro_knowledge_entry): its kind, scope (GROUP: every region reads it once published;
 * REGION: its home region), home region (whose region-ops reviews it), where it came from, and which of its
 * versions is published.
 */
public record KnowledgeEntry(
    Long id,
    KnowledgeKind kind,
    String scope,
    String regionCode,
    String projectCode,
    Long gateReviewId,
    Integer originSlot,
    Long policyId,
    String author,
    String authorFunction,
    int latestVersion,
    Integer publishedVersion,
    LocalDateTime createdAt,
    LocalDateTime publishedAt) {

  public static final String GROUP = "GROUP";
  public static final String REGION = "REGION";

  public boolean forGroup() {
    return GROUP.equals(scope);
  }
}
