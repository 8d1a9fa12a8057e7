package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanAdjustmentApprovalDecisionTest {

  static final DmnDecision DECISION = Decisions.load("plan-adjustment-approval");

  /** A row per rule and per boundary: level, category, delay, adjustments this year, milestone impact → chain. */
  @ParameterizedTest(name = "{0} {1} delay {2} impact {4} -> {5}")
  @CsvSource(delimiter = '|', value = {
      "L3 | CONSTRUCTION | 5 | 0 | 0 | region-ops",
      "L3 | CONSTRUCTION | -5 | 0 | 0 | region-ops",
      "L2 | DESIGN | -10 | 0 | 0 | region-ops",
      "L1 | DESIGN | 0 | 0 | 0 | region-ops",
      "L1 | DESIGN | 1 | 0 | 0 | region-ops,region-president",
      "L1 | DESIGN | -3 | 2 | 0 | region-ops",
      "L2 | CONSTRUCTION | 15 | 0 | 0 | region-ops",
      "L2 | CONSTRUCTION | 16 | 0 | 0 | region-ops,region-president",
      "L3 | SUPPLY | 3 | 0 | 1 | region-ops,region-president",
      "L3 | SUPPLY | 3 | 0 | 30 | region-ops,region-president",
      "L3 | SUPPLY | 3 | 0 | 31 | region-ops,region-president,group-ops",
      "MILESTONE | OTHER | -5 | 0 | 0 | region-ops,group-ops",
      "MILESTONE | OPENING | 10 | 0 | 10 | region-ops,region-president,group-ops",
      "L2 | OPENING | 30 | 0 | 0 | region-ops,region-president",
      "L2 | OPENING | 31 | 0 | 0 | region-ops,region-president,group-ops",
      "L3 | HANDOVER | 31 | 0 | 0 | region-ops,group-ops",
      "L3 | HANDOVER | 30 | 0 | 0 | region-ops",
      "L1 | PERMIT | 40 | 3 | 45 | region-ops,region-president,group-ops"})
  void approverChainFollowsLevelDelayAndMilestoneImpact(String level, String category, int delayDays,
      int adjustmentsThisYear, int milestoneImpactDays, String chain) {
    List<Map<String, Object>> hits = Decisions.evaluate(DECISION, Map.of("nodeLevel", level, "category", category,
        "delayDays", delayDays, "adjustmentsThisYear", adjustmentsThisYear,
        "milestoneImpactDays", milestoneImpactDays)).getResultList();

    List<String> groups = new ApprovalChain().ordered(hits.stream().map(h -> h.get("approverGroup")).toList());
    assertThat(groups).containsExactlyElementsOf(Arrays.asList(chain.split(",")));
  }
}
