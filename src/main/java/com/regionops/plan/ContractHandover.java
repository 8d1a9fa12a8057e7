package com.regionops.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project's approved contract handover date (合同交楼时间审核, package handover) as plan adjustments see it: an
 * adjustment that pushes the planned handover closer than the product type's buffer to that date goes to
 * group-ops (DMN plan-adjustment-approval, inputs contractMarginDays and handoverBufferDays).
 */
public interface ContractHandover {

  /** What a plan adjustment reads of a project: its approved contract date and the buffer of its type. */
  record Contract(LocalDate contractHandoverDate, Integer bufferDays) {
  }

  /** Projects without an approved contract date: every adjustment as before. */
  ContractHandover NONE = projectCode -> null;

  /** The project's approved contract date and buffer, or null when it has none. */
  Contract contract(String projectCode);

  /** The planned handover: the latest planned finish of the plan's HANDOVER nodes, or null when it has none. */
  static LocalDate plannedHandover(List<PlanNode> plan) {
    return plan.stream().filter(n -> n.category() == NodeCategory.HANDOVER).map(PlanNode::plannedFinish)
        .max(LocalDate::compareTo).orElse(null);
  }

  /**
   * Days from the planned handover after the adjustment to the contract date, when the adjustment pushes the
   * planned handover later; null when there is no contract date or the planned handover does not move later.
   */
  static Integer marginAfter(List<PlanNode> plan, ImpactAnalysis.Impact impact, LocalDate contractDate) {
    LocalDate before = plannedHandover(plan);
    if (contractDate == null || before == null) {
      return null;
    }
    Map<String, LocalDate> moved = new java.util.HashMap<>();
    impact.affected().forEach(a -> moved.put(a.nodeCode(), a.newPlannedFinish()));
    LocalDate after = plan.stream().filter(n -> n.category() == NodeCategory.HANDOVER)
        .map(n -> moved.getOrDefault(n.nodeCode(), n.plannedFinish())).max(LocalDate::compareTo).orElseThrow();
    return after.isAfter(before) ? (int) (contractDate.toEpochDay() - after.toEpochDay()) : null;
  }
}
