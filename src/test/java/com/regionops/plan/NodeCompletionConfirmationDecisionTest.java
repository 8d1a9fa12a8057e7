package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Decisions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeCompletionConfirmationDecisionTest {

  static final DmnDecision DECISION = Decisions.load("node-completion-confirmation");

  static List<String> chain(String level, String category) {
    return Decisions.evaluate(DECISION, Map.of("nodeLevel", level, "category", category)).getResultList().stream()
        .map(r -> (String) r.get("confirmerGroup")).toList();
  }

  /** Every level × category: each rule, and each category at the L1/L2 edge where the function takes over. */
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "L3 | DESIGN | fn-design",
      "L2 | DESIGN | fn-design",
      "L3 | CONSTRUCTION | fn-engineering",
      "L2 | HANDOVER | fn-engineering",
      "L3 | HANDOVER | fn-engineering",
      "L2 | CONSTRUCTION | fn-engineering",
      "L3 | SUPPLY | fn-marketing",
      "L2 | OPENING | fn-marketing",
      "L2 | SUPPLY | fn-marketing",
      "L3 | OPENING | fn-marketing",
      "L3 | PERMIT | region-ops",
      "L2 | OTHER | region-ops",
      "L2 | PERMIT | region-ops",
      "L3 | OTHER | region-ops",
      "L1 | DESIGN | region-ops",
      "L1 | CONSTRUCTION | region-ops",
      "L1 | HANDOVER | region-ops",
      "L1 | SUPPLY | region-ops",
      "L1 | OPENING | region-ops",
      "L1 | PERMIT | region-ops",
      "L1 | OTHER | region-ops",
      "MILESTONE | OPENING | region-ops,region-president",
      "MILESTONE | HANDOVER | region-ops,region-president",
      "MILESTONE | DESIGN | region-ops,region-president",
      "MILESTONE | CONSTRUCTION | region-ops,region-president",
      "MILESTONE | SUPPLY | region-ops,region-president",
      "MILESTONE | PERMIT | region-ops,region-president",
      "MILESTONE | OTHER | region-ops,region-president"})
  void confirmersFollowLevelAndCategory(String level, String category, String expected) {
    assertThat(chain(level, category)).containsExactlyElementsOf(Arrays.asList(expected.split(",")));
  }

  @Test
  void everyLevelAndCategoryHasSomeoneToConfirm() {
    for (NodeLevel level : NodeLevel.values()) {
      for (NodeCategory category : EnumSet.allOf(NodeCategory.class)) {
        assertThat(chain(level.name(), category.name())).as(level + " " + category).isNotEmpty();
      }
    }
  }
}
