package com.regionops.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskEscalationDecisionTest {

  static final DmnDecision DECISION = Decisions.load("risk-escalation");

  /** A row per rule and per boundary of consecutive checks. */
  @ParameterizedTest(name = "{0} {1} x{2} -> {3} {4}d {5}")
  @CsvSource({
      "RED, MILESTONE, 3, group-ops, 3, 专题会",
      "RED, MILESTONE, 5, group-ops, 3, 专题会",
      "RED, MILESTONE, 2, region-president, 5, 约谈",
      "RED, MILESTONE, 1, region-president, 5, 约谈",
      "RED, L1, 2, region-president, 5, 约谈",
      "RED, L3, 4, region-president, 5, 约谈",
      "RED, L1, 1, region-ops, 5, 警告",
      "ORANGE, L2, 3, region-president, 7, 约谈",
      "ORANGE, MILESTONE, 2, region-ops, 7, 警告",
      "ORANGE, L1, 1, region-ops, 7, 警告",
      "YELLOW, L1, 5, region-ops, 14, 警告",
      "GREEN, L3, 0, region-ops, 14, 警告"})
  void escalationFollowsGradeLevelAndPersistence(String grade, String level, int consecutive, String group, int days,
      String measure) {
    DmnDecisionResultEntries result = Decisions.evaluate(DECISION, Map.of("grade", grade, "nodeLevel", level,
        "consecutiveChecks", consecutive)).getSingleResult();

    assertThat(result.<String>getEntry("escalateToGroup")).isEqualTo(group);
    assertThat(((Number) result.getEntry("responseDays")).intValue()).isEqualTo(days);
    assertThat(result.<String>getEntry("measure")).isEqualTo(measure);
  }
}
