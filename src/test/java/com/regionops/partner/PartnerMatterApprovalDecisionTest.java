package com.regionops.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.plan.ApprovalChain;
import com.regionops.support.Decisions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerMatterApprovalDecisionTest {

  static final DmnDecision DECISION = Decisions.load("partner-matter-approval");

  /** A row per rule and per boundary: kind, amount (万元), 操盘方式 → the approver chain. */
  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "PARTNER_REQUEST | 0 | JOINT | region-ops",
      "PARTNER_REQUEST | 999.99 | JOINT | region-ops",
      "PARTNER_REQUEST | 1000 | JOINT | region-ops,region-president",
      "SHAREHOLDER_MOTION | 0 | JOINT | region-ops,region-president",
      "BOARD_MOTION | 0 | NOT_OPERATED | region-ops,region-president",
      "SHAREHOLDER_MOTION | 0 | NOT_OPERATED | region-ops,region-president,group-ops",
      "CAPITAL_CALL | 999.99 | JOINT | region-ops",
      "CAPITAL_CALL | 1000 | JOINT | region-ops,region-president",
      "CAPITAL_CALL | 999.99 | NOT_OPERATED | region-ops",
      "CAPITAL_CALL | 1000 | NOT_OPERATED | region-ops,region-president,group-ops",
      "PROFIT_DISTRIBUTION | 1000 | NOT_OPERATED | region-ops,region-president",
      "PROFIT_DISTRIBUTION | 4999.99 | JOINT | region-ops,region-president",
      "PROFIT_DISTRIBUTION | 5000 | JOINT | region-ops,region-president,group-ops",
      "BOARD_MOTION | 5000 | INDEPENDENT | region-ops,region-president,group-ops",
      "PARTNER_REQUEST | 4999.99 | INDEPENDENT | region-ops,region-president"})
  void approverChainFollowsKindAmountAndMode(String kind, double amount, String mode, String chain) {
    List<Map<String, Object>> hits = Decisions.evaluate(DECISION, Map.of("matterKind", kind, "matterAmount", amount,
        "operatingMode", mode)).getResultList();
    List<String> groups = new ApprovalChain().ordered(hits.stream().map(h -> h.get("approverGroup")).toList());
    assertThat(groups).containsExactlyElementsOf(Arrays.asList(chain.split(",")));
  }
}
