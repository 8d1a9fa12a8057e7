package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanGraphTest {

  @Test
  void dagHasNoCycle() {
    List<PlanDependency> deps = List.of(dep("A", "B"), dep("A", "C"), dep("B", "D"), dep("C", "D"));

    assertThat(PlanGraph.findCycle(List.of("A", "B", "C", "D"), deps)).isEmpty();
  }

  @Test
  void cycleIsReturnedAsAClosedPath() {
    List<PlanDependency> deps = List.of(dep("A", "B"), dep("B", "C"), dep("C", "D"), dep("D", "B"));

    List<String> cycle = PlanGraph.findCycle(List.of("A", "B", "C", "D"), deps);

    assertThat(cycle).hasSize(4);
    assertThat(cycle.get(0)).isEqualTo(cycle.get(3));
    assertThat(cycle).containsOnly("B", "C", "D").doesNotContain("A");
    for (int i = 0; i + 1 < cycle.size(); i++) {
      assertThat(deps).contains(dep(cycle.get(i), cycle.get(i + 1)));
    }
  }

  @Test
  void twoNodeCycleIsFound() {
    assertThat(PlanGraph.findCycle(List.of("A", "B"), List.of(dep("A", "B"), dep("B", "A")))).hasSize(3);
  }

  @Test
  void longChainOfTwentyThousandNodesIsCheckedWithoutRecursion() {
    List<String> nodes = new ArrayList<>();
    List<PlanDependency> deps = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      nodes.add("N" + i);
      if (i > 0) {
        deps.add(dep("N" + (i - 1), "N" + i));
      }
    }
    assertThat(PlanGraph.findCycle(nodes, deps)).isEmpty();

    deps.add(dep("N19999", "N0"));
    assertThat(PlanGraph.findCycle(nodes, deps)).hasSize(20_001);
  }

  private static PlanDependency dep(String from, String to) {
    return new PlanDependency(from, to, 0);
  }
}
