package com.regionops.plan;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The part of a plan that moving one node's planned finish can touch: the node, every node downstream of it, and the
 * direct predecessors of those downstream nodes, whose finishes bound how far each of them is pushed.
 * {@link ImpactAnalysis#analyse} gives the same dates on this part as on the whole plan (PlanExcerptTest compares
 * them), so an adjustment reads these nodes instead of the project's every node: most nodes of a plan lie neither
 * downstream of the one moved nor next to that part.
 *
 * <p>Nodes outside the downstream part never move: they are only read for the finish they already have. The order of
 * the affected nodes is a topological order of what was read, which may differ from the whole plan's where two nodes
 * do not depend on each other.
 */
record PlanExcerpt(List<PlanNode> nodes, List<PlanDependency> dependencies) {

  /**
   * @param node the node to move, as read
   * @param links the project's dependencies by node id
   * @param read the project's nodes with the given ids, in plan order (planned finish, then code)
   */
  static PlanExcerpt around(PlanNode node, List<PlanNodeMapper.DependencyRow> links,
      Function<Collection<Long>, List<PlanNode>> read) {
    Map<Long, List<PlanNodeMapper.DependencyRow>> out = new HashMap<>();
    for (PlanNodeMapper.DependencyRow link : links) {
      out.computeIfAbsent(link.predecessorId(), id -> new ArrayList<>()).add(link);
    }
    Set<Long> downstream = new HashSet<>();
    Deque<Long> next = new ArrayDeque<>();
    downstream.add(node.id());
    next.add(node.id());
    while (!next.isEmpty()) {
      for (PlanNodeMapper.DependencyRow link : out.getOrDefault(next.poll(), List.of())) {
        if (downstream.add(link.successorId())) {
          next.add(link.successorId());
        }
      }
    }
    // the moved node's own predecessors do not matter: its new finish is given, not pushed
    List<PlanNodeMapper.DependencyRow> inside = links.stream()
        .filter(l -> l.successorId() != node.id() && downstream.contains(l.successorId())).toList();
    if (inside.isEmpty()) {
      return new PlanExcerpt(List.of(node), List.of());
    }
    Set<Long> ids = new HashSet<>(downstream);
    inside.forEach(l -> ids.add(l.predecessorId()));
    List<PlanNode> nodes = read.apply(ids);
    Map<Long, String> codes = new HashMap<>(nodes.size() * 2);
    nodes.forEach(n -> codes.put(n.id(), n.nodeCode()));
    List<PlanDependency> dependencies = inside.stream()
        .map(l -> new PlanDependency(codes.get(l.predecessorId()), codes.get(l.successorId()), l.lagDays())).toList();
    return new PlanExcerpt(nodes, dependencies);
  }

  /** What moving the node (one of this excerpt's) to the new finish does. */
  ImpactAnalysis.Impact impact(String nodeCode, LocalDate newPlannedFinish) {
    return ImpactAnalysis.analyse(nodes, dependencies, nodeCode, newPlannedFinish);
  }
}
