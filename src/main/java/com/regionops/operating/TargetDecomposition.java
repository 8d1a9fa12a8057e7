package com.regionops.operating;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A region's draft split as region-ops imports it: the region's yearly target per metric and, per
 * project and metric, twelve monthly amounts (万元, at most two decimals; January first).
 */
public record TargetDecomposition(Integer year, Map<String, BigDecimal> regionTargets, List<ProjectSplit> projects) {

  public record ProjectSplit(String projectCode, String metric, List<BigDecimal> monthly) {
  }
}
