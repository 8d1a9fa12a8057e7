package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanAdjustmentApprovalDecisionTest {

  static final DmnDecision DECISION = Decisions.load("plan-adjustment-approval");

  /**
   * A row per rule and per boundary: level, category, delay, adjustments this year, milestone impact, days left
   * before an approved contract handover date after the push (null: no contract date, or the handover not pushed)
   * and the product type's buffer, 操盘方式 → chain.
   */
  @ParameterizedTest(name = "{0} {1} delay {2} impact {4} contract margin {5}/{6} {7} -> {8}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "L3 | CONSTRUCTION | 5 | 0 | 0 | null | null | INDEPENDENT | region-ops",
      "L3 | CONSTRUCTION | -5 | 0 | 0 | null | null | INDEPENDENT | region-ops",
      "L2 | DESIGN | -10 | 0 | 0 | null | null | INDEPENDENT | region-ops",
      "L1 | DESIGN | 0 | 0 | 0 | null | null | INDEPENDENT | region-ops",
      "L1 | DESIGN | 1 | 0 | 0 | null | null | INDEPENDENT | region-ops,region-president",
      "L1 | DESIGN | -3 | 2 | 0 | null | null | INDEPENDENT | region-ops",
      "L2 | CONSTRUCTION | 15 | 0 | 0 | null | null | INDEPENDENT | region-ops",
      "L2 | CONSTRUCTION | 16 | 0 | 0 | null | null | INDEPENDENT | region-ops,region-president",
      "L3 | SUPPLY | 3 | 0 | 1 | null | null | INDEPENDENT | region-ops,region-president",
      "L3 | SUPPLY | 3 | 0 | 30 | null | null | INDEPENDENT | region-ops,region-president",
      "L3 | SUPPLY | 3 | 0 | 31 | null | null | INDEPENDENT | region-ops,region-president,group-ops",
      "MILESTONE | OTHER | -5 | 0 | 0 | null | null | INDEPENDENT | region-ops,group-ops",
      "MILESTONE | OPENING | 10 | 0 | 10 | null | null | INDEPENDENT | region-ops,region-president,group-ops",
      "L2 | OPENING | 30 | 0 | 0 | null | null | INDEPENDENT | region-ops,region-president",
      "L2 | OPENING | 31 | 0 | 0 | null | null | INDEPENDENT | region-ops,region-president,group-ops",
      "L3 | HANDOVER | 31 | 0 | 0 | null | null | INDEPENDENT | region-ops,group-ops",
      "L3 | HANDOVER | 30 | 0 | 0 | null | null | INDEPENDENT | region-ops",
      "L1 | PERMIT | 40 | 3 | 45 | null | null | INDEPENDENT | region-ops,region-president,group-ops",
      "L3 | HANDOVER | 10 | 0 | 10 | 59 | 60 | INDEPENDENT | region-ops,region-president,group-ops",
      "L3 | HANDOVER | 10 | 0 | 10 | 60 | 60 | INDEPENDENT | region-ops,region-president",
      "L3 | HANDOVER | 10 | 0 | 10 | 61 | 60 | INDEPENDENT | region-ops,region-president",
      "L3 | HANDOVER | 10 | 0 | 10 | -5 | 60 | INDEPENDENT | region-ops,region-president,group-ops",
      "L3 | CONSTRUCTION | 10 | 0 | 10 | 44 | 45 | INDEPENDENT | region-ops,region-president,group-ops",
      "L3 | CONSTRUCTION | 10 | 0 | 10 | 45 | 45 | INDEPENDENT | region-ops,region-president",
      "L3 | HANDOVER | 10 | 0 | 10 | null | 60 | INDEPENDENT | region-ops,region-president",
      "L3 | HANDOVER | 10 | 0 | 10 | null | null | INDEPENDENT | region-ops,region-president",
      "L2 | DESIGN | 3 | 0 | 0 | null | null | INDEPENDENT | region-ops",
      // 联合操盘 is ours to run: every escalation as for 独立操盘
      "L1 | DESIGN | 1 | 0 | 0 | null | null | JOINT | region-ops,region-president",
      "MILESTONE | OPENING | 10 | 0 | 10 | null | null | JOINT | region-ops,region-president,group-ops",
      "L3 | HANDOVER | 10 | 0 | 10 | 59 | 60 | JOINT | region-ops,region-president,group-ops",
      // 不操盘: the partner approved it, region-ops files it, whatever would have escalated (rules 2–8)
      "L3 | CONSTRUCTION | 5 | 0 | 0 | null | null | NOT_OPERATED | region-ops",
      "L1 | DESIGN | 1 | 0 | 0 | null | null | NOT_OPERATED | region-ops",
      "L3 | SUPPLY | 3 | 0 | 1 | null | null | NOT_OPERATED | region-ops",
      "L2 | CONSTRUCTION | 16 | 0 | 0 | null | null | NOT_OPERATED | region-ops",
      "MILESTONE | OTHER | -5 | 1 | 0 | null | null | NOT_OPERATED | region-ops",
      "L3 | SUPPLY | 3 | 0 | 31 | null | null | NOT_OPERATED | region-ops",
      "L3 | HANDOVER | 31 | 0 | 0 | null | null | NOT_OPERATED | region-ops",
      "L3 | HANDOVER | 10 | 0 | 10 | 59 | 60 | NOT_OPERATED | region-ops",
      "MILESTONE | HANDOVER | 60 | 0 | 60 | -5 | 60 | NOT_OPERATED | region-ops"})
  void approverChainFollowsLevelDelayAndMilestoneImpact(String level, String category, int delayDays,
      int adjustmentsThisYear, int milestoneImpactDays, Integer contractMarginDays, Integer handoverBufferDays,
      String operatingMode, String chain) {
    Map<String, Object> inputs = new HashMap<>(Map.of("nodeLevel", level, "category", category,
        "delayDays", delayDays, "adjustmentsThisYear", adjustmentsThisYear,
        "milestoneImpactDays", milestoneImpactDays, "operatingMode", operatingMode));
    inputs.put("contractMarginDays", contractMarginDays);
    inputs.put("handoverBufferDays", handoverBufferDays);
    List<Map<String, Object>> hits = Decisions.evaluate(DECISION, inputs).getResultList();

    List<String> groups = new ApprovalChain().ordered(hits.stream().map(h -> h.get("approverGroup")).toList());
    assertThat(groups).containsExactlyElementsOf(Arrays.asList(chain.split(",")));
  }
}
