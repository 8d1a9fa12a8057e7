package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.plan.ImpactAnalysis.AffectedNode;
import com.regionops.plan.ImpactAnalysis.Impact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImpactAnalysisTest {

  static final LocalDate D = LocalDate.of(2027, 1, 1);

  /** A node from day {@code start} to day {@code finish} after D. */
  static PlanNode node(String code, int start, int finish) {
    return node(code, start, finish, NodeLevel.L2, NodeCategory.CONSTRUCTION, false);
  }

  static PlanNode node(String code, int start, int finish, NodeLevel level, NodeCategory category, boolean done) {
    return new PlanNode(null, "P", code, "节点" + code, level, category, null, null, null, D.plusDays(start),
        D.plusDays(finish), done ? D.plusDays(start) : null, done ? D.plusDays(finish) : null, done ? 100 : 0);
  }

  static PlanDependency dep(String from, String to, int lag) {
    return new PlanDependency(from, to, lag);
  }

  static Map<String, Integer> delays(Impact impact) {
    return impact.affected().stream().collect(Collectors.toMap(AffectedNode::nodeCode, AffectedNode::delayDays));
  }

  @Test
  void delayRunsDownAChainWithoutSlack() {
    List<PlanNode> nodes = List.of(node("A", 0, 10), node("B", 10, 20), node("C", 20, 30));
    List<PlanDependency> deps = List.of(dep("A", "B", 0), dep("B", "C", 0));

    Impact impact = ImpactAnalysis.analyse(nodes, deps, "A", D.plusDays(15));

    assertThat(impact.delayDays()).isEqualTo(5);
    assertThat(delays(impact)).isEqualTo(Map.of("A", 5, "B", 5, "C", 5));
    AffectedNode c = impact.affected().get(2);
    assertThat(c.nodeCode()).isEqualTo("C");
    assertThat(c.newPlannedStart()).isEqualTo(D.plusDays(25));
    assertThat(c.newPlannedFinish()).isEqualTo(D.plusDays(35));
  }

  @Test
  void slackAbsorbsPartOfTheDelay() {
    List<PlanNode> nodes = List.of(node("A", 0, 10), node("B", 14, 20), node("C", 20, 30));
    List<PlanDependency> deps = List.of(dep("A", "B", 0), dep("B", "C", 0));

    assertThat(delays(ImpactAnalysis.analyse(nodes, deps, "A", D.plusDays(13)))).isEqualTo(Map.of("A", 3));
    assertThat(delays(ImpactAnalysis.analyse(nodes, deps, "A", D.plusDays(16)))).isEqualTo(Map.of("A", 6, "B", 2, "C", 2));
  }

  @Test
  void lagIsKeptBetweenPredecessorAndSuccessor() {
    List<PlanNode> nodes = List.of(node("A", 0, 10), node("B", 17, 20));
    List<PlanDependency> deps = List.of(dep("A", "B", 7));

    Impact impact = ImpactAnalysis.analyse(nodes, deps, "A", D.plusDays(12));

    assertThat(delays(impact)).isEqualTo(Map.of("A", 2, "B", 2));
    assertThat(impact.affected().get(1).newPlannedStart()).isEqualTo(D.plusDays(19));
  }

  @Test
  void diamondTakesTheLongestPathOnce() {
    // A → B (no slack) → D ; A → C (5 days slack) → D
    List<PlanNode> nodes = List.of(node("A", 0, 10), node("B", 10, 20), node("C", 15, 18), node("D", 20, 30));
    List<PlanDependency> deps = List.of(dep("A", "B", 0), dep("A", "C", 0), dep("B", "D", 0), dep("C", "D", 0));

    Impact impact = ImpactAnalysis.analyse(nodes, deps, "A", D.plusDays(18));

    assertThat(delays(impact)).isEqualTo(Map.of("A", 8, "B", 8, "C", 3, "D", 8));
    assertThat(impact.affected()).extracting(AffectedNode::nodeCode).containsExactly("A", "B", "C", "D");
  }

  @Test
  void completedNodesNeitherMoveNorPassTheDelayOn() {
    List<PlanNode> nodes = List.of(node("A", 0, 10), node("B", 10, 20, NodeLevel.L2, NodeCategory.DESIGN, true),
        node("C", 20, 30));
    List<PlanDependency> deps = List.of(dep("A", "B", 0), dep("B", "C", 0));

    assertThat(delays(ImpactAnalysis.analyse(nodes, deps, "A", D.plusDays(25)))).isEqualTo(Map.of("A", 15));
  }

  @Test
  void anEarlierDateMovesOnlyTheNodeItself() {
    List<PlanNode> nodes = List.of(node("A", 0, 10), node("B", 10, 20));

    Impact impact = ImpactAnalysis.analyse(nodes, List.of(dep("A", "B", 0)), "A", D.plusDays(6));

    assertThat(impact.delayDays()).isEqualTo(-4);
    assertThat(delays(impact)).isEqualTo(Map.of("A", -4));
    assertThat(impact.milestoneImpactDays()).isZero();
  }

  @Test
  void milestoneImpactIsTheLargestDelayOfAMilestoneOrAnOpeningOrHandoverNode() {
    List<PlanNode> nodes = List.of(node("A", 0, 10), node("B", 12, 20, NodeLevel.L2, NodeCategory.OPENING, false),
        node("M", 20, 20, NodeLevel.MILESTONE, NodeCategory.OTHER, false), node("X", 30, 40));
    List<PlanDependency> deps = List.of(dep("A", "B", 0), dep("B", "M", 0), dep("M", "X", 0));

    Impact impact = ImpactAnalysis.analyse(nodes, deps, "A", D.plusDays(20));

    assertThat(delays(impact)).isEqualTo(Map.of("A", 10, "B", 8, "M", 8));
    assertThat(impact.milestoneImpactDays()).isEqualTo(8);
  }

  @Test
  void aPlanThatAlreadyRunsLateOnlyPropagatesTheIncrease() {
    // B already starts before A finishes (an inconsistent plan): only A's further delay counts
    List<PlanNode> nodes = List.of(node("A", 0, 10), node("B", 5, 15));

    assertThat(delays(ImpactAnalysis.analyse(nodes, List.of(dep("A", "B", 0)), "A", D.plusDays(12))))
        .isEqualTo(Map.of("A", 2, "B", 2));
  }

  @Test
  void forecastTakesLateOpenNodesAsFinishingTodayAndPushesTheirSuccessorsPastSlack() {
    // today is day 20: A (done) fine; B overdue since day 15; C should have started on day 17
    List<PlanNode> nodes = List.of(node("A", 0, 10, NodeLevel.L2, NodeCategory.DESIGN, true), node("B", 5, 15),
        node("C", 17, 30), node("D", 40, 50), node("E", 12, 25));
    List<PlanDependency> deps = List.of(dep("A", "B", 0), dep("B", "C", 0), dep("C", "D", 0), dep("A", "E", 0));

    Map<String, Integer> forecast = ImpactAnalysis.forecastDelays(nodes, deps, D.plusDays(20));

    assertThat(forecast).containsEntry("A", 0).containsEntry("B", 0).containsEntry("C", 3).containsEntry("D", 0)
        .containsEntry("E", 0);
  }

  @Test
  void aCycleInStoredDependenciesIsRefused() {
    List<PlanNode> nodes = List.of(node("A", 0, 10), node("B", 10, 20));

    assertThatThrownBy(() -> ImpactAnalysis.analyse(nodes, List.of(dep("A", "B", 0), dep("B", "A", 0)), "A",
        D.plusDays(11))).isInstanceOf(PlanCycleException.class).hasMessageContaining("循环");
  }

  @Test
  void twoThousandNodePlanPropagatesThroughEveryLayer() {
    List<PlanNode> nodes = new ArrayList<>();
    List<PlanDependency> deps = new ArrayList<>();
    GeneratedPlan.build(2_000, nodes, deps);

    Impact impact = ImpactAnalysis.analyse(nodes, deps, nodes.get(0).nodeCode(), nodes.get(0).plannedFinish()
        .plusDays(60));

    Map<String, Integer> delays = delays(impact);
    assertThat(delays).hasSizeGreaterThan(100);
    // every pushed node is pushed by a pushed predecessor, never by more than that predecessor's delay
    for (AffectedNode a : impact.affected().subList(1, impact.affected().size())) {
      int strongestPush = deps.stream().filter(d -> d.successor().equals(a.nodeCode()))
          .mapToInt(d -> delays.getOrDefault(d.predecessor(), 0)).max().orElse(0);
      assertThat(a.delayDays()).as(a.nodeCode()).isBetween(1, strongestPush);
    }
    // slack of 2 to 5 days a layer absorbs the 60 days some layers down, not at once
    int deepestLayer = delays.keySet().stream().mapToInt(c -> Integer.parseInt(c.substring(1)) / 20).max().orElseThrow();
    assertThat(deepestLayer).isBetween(10, 60);
    assertThat(impact.milestoneImpactDays()).isBetween(1, 60);
  }
}
