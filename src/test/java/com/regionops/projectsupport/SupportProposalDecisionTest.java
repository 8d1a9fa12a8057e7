package com.regionops.projectsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportProposalDecisionTest {

  static final DmnDecision DECISION = Decisions.load("support-proposal");

  /** A row per rule and per boundary, in the table's order of strength; '' = not ranked. */
  @ParameterizedTest(name = "red {0}, serious {1}, rank {2} -> {3} {4}")
  @CsvSource({
      "2, 1, 1, true, ON_SITE, 连续两次双周检查存在红色节点，且有未整改的严重巡检问题，建议驻场帮扶",
      "2, 0, 1, true, ON_SITE, 连续两次双周检查存在红色节点，建议驻场帮扶",
      "2, 0, '', true, ON_SITE, 连续两次双周检查存在红色节点，建议驻场帮扶",
      "1, 2, '', true, REMOTE, 多项严重巡检问题未整改，建议专项帮扶",
      "0, 3, 1, true, REMOTE, 多项严重巡检问题未整改，建议专项帮扶",
      "1, 1, '', false, '', 无需帮扶",
      "1, 1, 1, true, REMOTE, 上月计划达成率排名末位，建议帮扶",
      "0, 0, 1, true, REMOTE, 上月计划达成率排名末位，建议帮扶",
      "0, 0, 2, false, '', 无需帮扶",
      "0, 0, '', false, '', 无需帮扶"})
  void theStrongestReasonDecides(int redChecks, int serious, String rank, boolean propose, String mode, String reason) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("redChecks", redChecks);
    facts.put("openSeriousFindings", serious);
    facts.put("kpiRankFromBottom", rank.isEmpty() ? null : Integer.valueOf(rank));
    DmnDecisionResultEntries result = Decisions.evaluate(DECISION, facts).getFirstResult();

    assertThat(result.<Boolean>getEntry("propose")).isEqualTo(propose);
    assertThat(result.<String>getEntry("mode")).isEqualTo(mode.isEmpty() ? null : mode);
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason);
  }
}
