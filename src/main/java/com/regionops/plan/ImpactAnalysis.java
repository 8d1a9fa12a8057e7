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
    Graph g = graph(nodes, dependencies);
    Integer changed = g.index().get(nodeCode);
    if (changed == null) {
      throw new IllegalArgumentException("No node " + nodeCode + " in the plan");
    }
    long[] base = g.oldFinish().clone();
    base[changed] = newPlannedFinish.toEpochDay();
    boolean[] pushable = new boolean[nodes.size()];
    for (int i = 0; i < pushable.length; i++) {
      pushable[i] = i != changed && !nodes.get(i).isCompleted();
    }
    long[] newFinish = propagate(g, base, pushable, changed);
    int delay = (int) (newFinish[changed] - g.oldFinish()[changed]);

    List<AffectedNode> affected = new ArrayList<>();
    affected.add(affectedNode(nodes.get(changed), 0, delay));
    int milestoneImpact = impactOf(nodes.get(changed), delay);
    for (int i : g.order()) {
      long shift = newFinish[i] - g.oldFinish()[i];
      if (i != changed && shift > 0) {
        affected.add(affectedNode(nodes.get(i), shift, (int) shift));
        milestoneImpact = Math.max(milestoneImpact, impactOf(nodes.get(i), (int) shift));
      }
    }
    return new Impact(delay, milestoneImpact, affected);
  }

  /**
   * Forecast delays from upstream lateness: every open node already past its planned finish is
   * taken to finish no earlier than today, and what that pushes is each node's forecast delay
   * (days its planned finish would move because of its predecessors; 0 for most).
   */
  public static Map<String, Integer> forecastDelays(List<PlanNode> nodes, List<PlanDependency> dependencies,
      LocalDate today) {
    Graph g = graph(nodes, dependencies);
    long day = today.toEpochDay();
    long[] base = g.oldFinish().clone();
    boolean[] pushable = new boolean[nodes.size()];
    for (int i = 0; i < pushable.length; i++) {
      pushable[i] = !nodes.get(i).isCompleted();
      if (pushable[i] && base[i] < day) {
        base[i] = day;
      }
    }
    long[] newFinish = propagate(g, base, pushable, -1);
    Map<String, Integer> forecast = new HashMap<>(nodes.size() * 2);
    for (int i = 0; i < nodes.size(); i++) {
      long pushed = newFinish[i] - Math.max(base[i], g.oldFinish()[i]);
      forecast.put(nodes.get(i).nodeCode(), (int) Math.max(0, pushed));
    }
    return forecast;
  }

  private record Graph(Map<String, Integer> index, int[][] succ, int[][] lag, int[] order, long[] oldStart,
      long[] oldFinish) {
  }

  private static Graph graph(List<PlanNode> nodes, List<PlanDependency> dependencies) {
    int n = nodes.size();
    Map<String, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(nodes.get(i).nodeCode(), i);
    }
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
    long[] oldFinish = new long[n];
    long[] oldStart = new long[n];
    for (int i = 0; i < n; i++) {
      PlanNode node = nodes.get(i);
      oldFinish[i] = node.plannedFinish().toEpochDay();
      oldStart[i] = node.plannedStart() == null ? oldFinish[i] : node.plannedStart().toEpochDay();
    }
    return new Graph(index, succ, lag, topologicalOrder(succ, inDegree, nodes), oldStart, oldFinish);
  }

  /**
   * One pass in topological order. base: the finish each node has before any push; pushable:
   * whether predecessors may push it; source: a node that passes its base on even if completed.
   */
  private static long[] propagate(Graph g, long[] base, boolean[] pushable, int source) {
    int n = base.length;
    long[] oldDemand = new long[n];
    long[] newDemand = new long[n];
    java.util.Arrays.fill(oldDemand, Long.MIN_VALUE);
    java.util.Arrays.fill(newDemand, Long.MIN_VALUE);
    long[] newFinish = base.clone();
    for (int i : g.order()) {
      if (pushable[i] && newDemand[i] != Long.MIN_VALUE) {
        long slackEnd = Math.max(g.oldStart()[i], oldDemand[i]);
        long push = Math.max(0, newDemand[i] - slackEnd);
        newFinish[i] = Math.max(base[i], g.oldFinish()[i] + push);
      }
      boolean passesOn = pushable[i] || i == source;
      for (int k = 0; k < g.succ()[i].length; k++) {
        int s = g.succ()[i][k];
        oldDemand[s] = Math.max(oldDemand[s], g.oldFinish()[i] + g.lag()[i][k]);
        newDemand[s] = Math.max(newDemand[s], (passesOn ? newFinish[i] : g.oldFinish()[i]) + g.lag()[i][k]);
      }
    }
    return newFinish;
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
