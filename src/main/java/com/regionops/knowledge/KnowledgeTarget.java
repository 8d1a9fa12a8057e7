package com.regionops.knowledge;

import java.time.LocalDateTime;

/** 知识指标: how many published entries a project or a function of a region should contribute in a year. */
public record KnowledgeTarget(
    String regionCode,
    int targetYear,
    String ownerType,
    String ownerCode,
    int target,
    String setBy,
    LocalDateTime setAt) {

  public static final String PROJECT = "PROJECT";
  public static final String FUNCTION = "FUNCTION";
}
