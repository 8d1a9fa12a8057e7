package com.regionops.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What moving one node's planned finish does to the rest of the plan.
 *
 * <p>Dependencies are finish-to-start with lag: a successor may start no earlier than its
 * predecessor's finish plus the lag (lag 0 = the same day). A delay pushes a successor only
 * past its slack, that is past the latest of its own planned start and the constraints it
 * already had; its duration is kept, so its finish moves as far as its start. The push goes on
 * transitively. Completed nodes never move and pass nothing on. An earlier date moves only the
 * node itself: successors are not pulled in.
 *
 * <p>Works on day numbers over a topological order: linear in nodes plus dependencies.
 */
public final class ImpactAnalysis {

  /** One node whose planned dates change. */
  public record AffectedNode(String nodeCode, String name, NodeLevel nodeLevel, NodeCategory category,
      LocalDate oldPlannedStart, LocalDate newPlannedStart, LocalDate oldPlannedFinish, LocalDate newPlannedFinish,
      int delayDays) {
  }

  /**
   * The result: the changed node first, then every node it pushes, in plan order;
   * milestoneImpactDays is the largest delay of a MILESTONE or OPENING/HANDOVER node among them.
   */
  public record Impact(int delayDays, int milestoneImpactDays, List<AffectedNode> affected) {
  }

  private ImpactAnalysis() {
  }

  public static Impact analyse(List<PlanNode> nodes, List<PlanDependency> dependencies, String nodeCode,
      LocalDate newPlannedFinish) {
    int n = nodes.size();
    Map<String, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(nodes.get(i).nodeCode(), i);
    }
    Integer changed = index.get(nodeCode);
    if (changed == null) {
      throw new IllegalArgumentException("No node " + nodeCode + " in the plan");
    }
    // adjacency as int arrays (successor lists with lags)
    int[] outCount = new int[n];
    int[] inDegree = new int[n];
    for (PlanDependency d : dependencies) {
      outCount[index.get(d.predecessor())]++;
      inDegree[index.get(d.successor())]++;
    }
    int[][] succ = new int[n][];
    int[][] lag = new int[n][];
    for (int i = 0; i < n; i++) {
      succ[i] = new int[outCount[i]];
      lag[i] = new int[outCount[i]];
      outCount[i] = 0;
    }
    for (PlanDependency d : dependencies) {
      int p = index.get(d.predecessor());
      succ[p][outCount[p]] = index.get(d.successor());
      lag[p][outCount[p]++] = d.lagDays();
    }
    int[] order = topologicalOrder(succ, inDegree, nodes);

    long[] oldFinish = new long[n];
    long[] oldStart = new long[n];
    for (int i = 0; i < n; i++) {
      PlanNode node = nodes.get(i);
      oldFinish[i] = node.plannedFinish().toEpochDay();
      oldStart[i] = node.plannedStart() == null ? oldFinish[i] : node.plannedStart().toEpochDay();
    }
    // the earliest start each node's predecessors demand, before and after the change
    long[] oldDemand = new long[n];
    long[] newDemand = new long[n];
    java.util.Arrays.fill(oldDemand, Long.MIN_VALUE);
    java.util.Arrays.fill(newDemand, Long.MIN_VALUE);
    long[] shift = new long[n];
    long[] newFinish = oldFinish.clone();
    newFinish[changed] = newPlannedFinish.toEpochDay();
    int delay = (int) (newFinish[changed] - oldFinish[changed]);

    for (int i : order) {
      PlanNode node = nodes.get(i);
      if (i != changed && !node.isCompleted() && newDemand[i] != Long.MIN_VALUE) {
        long slackEnd = Math.max(oldStart[i], oldDemand[i]);
        shift[i] = Math.max(0, newDemand[i] - slackEnd);
        newFinish[i] = oldFinish[i] + shift[i];
      }
      boolean passesOn = !node.isCompleted() || i == changed;
      for (int k = 0; k < succ[i].length; k++) {
        int s = succ[i][k];
        oldDemand[s] = Math.max(oldDemand[s], oldFinish[i] + lag[i][k]);
        newDemand[s] = Math.max(newDemand[s], (passesOn ? newFinish[i] : oldFinish[i]) + lag[i][k]);
      }
    }

    List<AffectedNode> affected = new ArrayList<>();
    int milestoneImpact = 0;
    affected.add(affectedNode(nodes.get(changed), 0, delay));
    milestoneImpact = Math.max(milestoneImpact, impactOf(nodes.get(changed), delay));
    for (int i : order) {
      if (i != changed && shift[i] > 0) {
        affected.add(affectedNode(nodes.get(i), shift[i], (int) shift[i]));
        milestoneImpact = Math.max(milestoneImpact, impactOf(nodes.get(i), (int) shift[i]));
      }
    }
    return new Impact(delay, milestoneImpact, affected);
  }

  private static AffectedNode affectedNode(PlanNode node, long startShift, int finishShift) {
    LocalDate start = node.plannedStart();
    return new AffectedNode(node.nodeCode(), node.name(), node.nodeLevel(), node.category(), start,
        start == null ? null : start.plusDays(startShift), node.plannedFinish(),
        node.plannedFinish().plusDays(finishShift), finishShift);
  }

  /** The delay counts against 开盘/交楼 when the node is a milestone or of those categories. */
  private static int impactOf(PlanNode node, int delay) {
    boolean key = node.nodeLevel() == NodeLevel.MILESTONE || node.category() == NodeCategory.OPENING
        || node.category() == NodeCategory.HANDOVER;
    return key ? Math.max(0, delay) : 0;
  }

  private static int[] topologicalOrder(int[][] succ, int[] inDegree, List<PlanNode> nodes) {
    int n = succ.length;
    int[] degree = inDegree.clone();
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (degree[i] == 0) {
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int i = order[head++];
      for (int s : succ[i]) {
        if (--degree[s] == 0) {
          order[tail++] = s;
        }
      }
    }
    if (tail < n) {
      List<String> codes = nodes.stream().map(PlanNode::nodeCode).toList();
      throw new PlanCycleException(PlanGraph.findCycle(codes, reconstruct(succ, nodes)));
    }
    return order;
  }

  private static List<PlanDependency> reconstruct(int[][] succ, List<PlanNode> nodes) {
    List<PlanDependency> deps = new ArrayList<>();
    for (int i = 0; i < succ.length; i++) {
      for (int s : succ[i]) {
        deps.add(new PlanDependency(nodes.get(i).nodeCode(), nodes.get(s).nodeCode(), 0));
      }
    }
    return deps;
  }
}
