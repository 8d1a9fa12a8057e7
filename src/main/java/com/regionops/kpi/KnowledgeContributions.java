package com.regionops.kpi;

import java.util.Collection;
import java.util.Map;

/** Where the annual assessment reads 知识贡献: the knowledge library counts it (kpi does not depend on it). */
public interface KnowledgeContributions {

  KnowledgeContributions NONE = (year, projectCodes) -> Map.of();

  /** Project code → its figure for the year, for the projects that have a target or published entries. */
  Map<String, KnowledgeFigure> ofProjects(int year, Collection<String> projectCodes);
}
