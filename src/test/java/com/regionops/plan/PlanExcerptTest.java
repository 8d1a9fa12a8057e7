package com.regionops.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.plan.ImpactAnalysis.AffectedNode;
import com.regionops.plan.ImpactAnalysis.Impact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanExcerptTest {

  /** A plan as the database holds it: ids, dependencies by id, and a reader of nodes by id in plan order. */
  private record StoredPlan(List<PlanNode> nodes, List<PlanDependency> dependencies,
      List<PlanNodeMapper.DependencyRow> rows, AtomicInteger reads) {

    static StoredPlan of(List<PlanNode> generated, List<PlanDependency> dependencies) {
      List<PlanNode> nodes = new ArrayList<>();
      for (int i = 0; i < generated.size(); i++) {
        PlanNode n = generated.get(i);
        nodes.add(new PlanNode(i + 1L, n.projectCode(), n.nodeCode(), n.name(), n.nodeLevel(), n.category(),
            n.ownerGroup(), n.baselineStart(), n.baselineFinish(), n.plannedStart(), n.plannedFinish(), n.actualStart(),
            n.actualFinish(), n.progressPct()));
      }
      nodes.sort(Comparator.comparing(PlanNode::plannedFinish).thenComparing(PlanNode::nodeCode));
      Map<String, Long> ids = nodes.stream().collect(Collectors.toMap(PlanNode::nodeCode, PlanNode::id));
      List<PlanNodeMapper.DependencyRow> rows = dependencies.stream()
          .map(d -> new PlanNodeMapper.DependencyRow(ids.get(d.predecessor()), ids.get(d.successor()), d.lagDays()))
          .toList();
      return new StoredPlan(nodes, dependencies, rows, new AtomicInteger());
    }

    Function<Collection<Long>, List<PlanNode>> reader() {
      return ids -> {
        reads.incrementAndGet();
        return nodes.stream().filter(n -> ids.contains(n.id())).toList();
      };
    }

    PlanNode node(String code) {
      return nodes.stream().filter(n -> n.nodeCode().equals(code)).findFirst().orElseThrow();
    }

    Impact whole(String code, LocalDate finish) {
      return ImpactAnalysis.analyse(nodes, dependencies, code, finish);
    }

    Impact excerpt(String code, LocalDate finish) {
      return PlanExcerpt.around(node(code), rows, reader()).impact(code, finish);
    }
  }

  /** The same node first, the same dates for the same nodes, the same delay and milestone impact. */
  private static void assertSameImpact(Impact excerpt, Impact whole) {
    assertThat(excerpt.delayDays()).isEqualTo(whole.delayDays());
    assertThat(excerpt.milestoneImpactDays()).isEqualTo(whole.milestoneImpactDays());
    assertThat(excerpt.affected().get(0)).isEqualTo(whole.affected().get(0));
    assertThat(byCode(excerpt)).isEqualTo(byCode(whole));
  }

  private static Map<String, AffectedNode> byCode(Impact impact) {
    Map<String, AffectedNode> map = new HashMap<>();
    impact.affected().forEach(a -> map.put(a.nodeCode(), a));
    return map;
  }

  @Test
  void everyNodeOfAGeneratedPlanHasTheSameImpactOnItsExcerptAsOnTheWholePlan() {
    List<PlanNode> generated = new ArrayList<>();
    List<PlanDependency> deps = new ArrayList<>();
    GeneratedPlan.build(400, generated, deps);
    // lags, and some nodes already done, so that slack, lags and completed nodes all shape the push
    Random random = new Random(7);
    List<PlanDependency> lagged = deps.stream()
        .map(d -> new PlanDependency(d.predecessor(), d.successor(), random.nextInt(7) - 2)).toList();
    List<PlanNode> someDone = generated.stream().map(n -> random.nextInt(10) == 0
        ? new PlanNode(null, n.projectCode(), n.nodeCode(), n.name(), n.nodeLevel(), n.category(), null, null, null,
            n.plannedStart(), n.plannedFinish(), n.plannedStart(), n.plannedFinish(), 100)
        : n).toList();
    StoredPlan plan = StoredPlan.of(someDone, lagged);

    int moved = 0;
    for (PlanNode node : plan.nodes()) {
      for (int days : new int[] {-3, 1, 9, 40}) {
        LocalDate finish = node.plannedFinish().plusDays(days);
        Impact whole = plan.whole(node.nodeCode(), finish);
        assertSameImpact(plan.excerpt(node.nodeCode(), finish), whole);
        moved += whole.affected().size() > 1 ? 1 : 0;
      }
    }
    // the comparison is worth something only if many adjustments pushed other nodes
    assertThat(moved).isGreaterThan(400);
  }

  @Test
  void aNodeWithoutSuccessorsIsItsOwnExcerptAndNothingMoreIsRead() {
    List<PlanNode> generated = new ArrayList<>();
    List<PlanDependency> deps = new ArrayList<>();
    GeneratedPlan.build(60, generated, deps);
    StoredPlan plan = StoredPlan.of(generated, deps);
    PlanNode last = plan.node("N59");

    PlanExcerpt excerpt = PlanExcerpt.around(last, plan.rows(), plan.reader());

    assertThat(excerpt.nodes()).containsExactly(last);
    assertThat(excerpt.dependencies()).isEmpty();
    assertThat(plan.reads()).hasValue(0);
  }

  /**
   * C has two predecessors: A, which moves, and B, which does not but already holds C back to day 23 (C's own
   * planned start is day 20). A moved to day 25 pushes C 2 days; without B in the excerpt it would seem to push it 5.
   */
  @Test
  void aPredecessorOutsideThePushStillBoundsIt() {
    LocalDate d = ImpactAnalysisTest.D;
    StoredPlan plan = StoredPlan.of(List.of(ImpactAnalysisTest.node("A", 0, 10), ImpactAnalysisTest.node("B", 0, 23),
        ImpactAnalysisTest.node("C", 20, 30), ImpactAnalysisTest.node("X", 0, 5)),
        List.of(ImpactAnalysisTest.dep("A", "C", 0), ImpactAnalysisTest.dep("B", "C", 0),
            ImpactAnalysisTest.dep("X", "B", 0)));

    PlanExcerpt excerpt = PlanExcerpt.around(plan.node("A"), plan.rows(), plan.reader());
    Impact impact = excerpt.impact("A", d.plusDays(25));

    // B is read for its finish, X (B's own predecessor) is not
    assertThat(excerpt.nodes()).extracting(PlanNode::nodeCode).containsExactlyInAnyOrder("A", "B", "C");
    assertThat(byCode(impact).get("C").delayDays()).isEqualTo(2);
    assertSameImpact(impact, plan.whole("A", d.plusDays(25)));
  }
}
