package com.regionops.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectionSelectionDecisionTest {

  static final DmnDecision DECISION = Decisions.load("inspection-selection");

  /**
   * A row per rule and per boundary, in the table's order of strength; '' = null input (no
   * milestone ahead, not ranked). The first matching rule wins.
   */
  @ParameterizedTest(name = "serious {0}, risk {1}, milestone {2}, rank {3}, months {4} -> {5} {6}")
  @CsvSource({
      // open serious findings: a special re-inspection, before anything else
      "1, 2, 10, 1, 0, true, SPECIAL, 2, 存在未整改的严重问题，专项复查",
      "0, 2, 10, 1, 0, true, PROGRESS, 3, 连续两次双周检查存在红/橙节点，驻场进度巡检",
      // red or orange in both of the last two checks
      "0, 2, '', '', '', true, PROGRESS, 3, 连续两次双周检查存在红/橙节点，驻场进度巡检",
      // an opening or handover within 90 days (0 and 90 in, -1 and 91 out)
      "0, 1, 0, 1, 0, true, SPECIAL, 1, 90 天内开盘或交付，专项巡检准备情况",
      "0, 0, 90, '', 0, true, SPECIAL, 1, 90 天内开盘或交付，专项巡检准备情况",
      "0, 0, 91, '', 0, false, '', 0, 无需巡检",
      "0, 0, -1, '', 0, false, '', 0, 无需巡检",
      // last two of last month's ranking
      "0, 1, '', 1, 0, true, PROGRESS, 1, 上月计划达成率排名末两位",
      "0, 0, '', 2, 0, true, PROGRESS, 1, 上月计划达成率排名末两位",
      "0, 0, '', 3, 0, false, '', 0, 无需巡检",
      // red or orange in one of the two checks
      "0, 1, '', 3, 0, true, PROGRESS, 0, 最近两次双周检查中有一次存在红/橙节点",
      "0, 1, 91, '', '', true, PROGRESS, 0, 最近两次双周检查中有一次存在红/橙节点",
      // half a year or more since the last inspection
      "0, 0, '', '', 6, true, PROGRESS, 0, 半年以上未巡检，例行巡检",
      "0, 0, '', '', 5, false, '', 0, 无需巡检",
      // never inspected (InspectionFacts.NEVER_INSPECTED_MONTHS): due for the routine one
      "0, 0, '', '', 999, true, PROGRESS, 0, 半年以上未巡检，例行巡检",
      // nothing: no inspection proposed
      "0, 0, '', '', 0, false, '', 0, 无需巡检"})
  void theStrongestReasonDecides(int serious, int riskChecks, String daysToMilestone, String rank, String months,
      boolean inspect, String kind, int stayDays, String reason) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("openSeriousFindings", serious);
    facts.put("riskChecks", riskChecks);
    facts.put("daysToMilestone", daysToMilestone.isEmpty() ? null : Integer.valueOf(daysToMilestone));
    facts.put("kpiRankFromBottom", rank.isEmpty() ? null : Integer.valueOf(rank));
    facts.put("monthsSinceInspection", months.isEmpty() ? null : Integer.valueOf(months));
    DmnDecisionResultEntries result = Decisions.evaluate(DECISION, facts).getFirstResult();

    assertThat(result.<Boolean>getEntry("inspect")).isEqualTo(inspect);
    assertThat(result.<String>getEntry("kind")).isEqualTo(kind.isEmpty() ? null : kind);
    assertThat(result.<Number>getEntry("stayDays").intValue()).isEqualTo(stayDays);
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason);
  }
}
