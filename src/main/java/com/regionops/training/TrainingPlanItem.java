package com.regionops.training;

import java.math.BigDecimal;
import java.util.List;

/** One topic of a plan: the month it is planned for, the groups it is for and the hours planned. */
public record TrainingPlanItem(
    Long id,
    long planId,
    int itemNo,
    String topic,
    int planMonth,
    String audienceGroups,
    BigDecimal plannedHours) {

  public List<String> groups() {
    return TrainingSession.split(audienceGroups);
  }
}
