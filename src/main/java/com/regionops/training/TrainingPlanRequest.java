package com.regionops.training;

import java.math.BigDecimal;
import java.util.List;

/**
 * POST /regions/{code}/training-plans: the year (this or next), an optional title (年度培训计划 of the region by
 * default) and one to twelve items, each a topic, the month (1–12), the audience groups and the hours planned.
 */
public record TrainingPlanRequest(Integer year, String title, List<ItemRequest> items) {

  public record ItemRequest(String topic, Integer month, List<String> audienceGroups, BigDecimal plannedHours) {
  }
}
