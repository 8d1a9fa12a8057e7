package com.regionops.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dependency graph of one plan, checked for cycles before anything is stored. */
final class PlanGraph {

  private PlanGraph() {
  }

  /**
   * Returns one cycle as a closed path of node codes (A, B, C, A), or an empty list when the
   * dependencies form a DAG. Iterative depth-first search: plans run to thousands of nodes.
   */
  static List<String> findCycle(Collection<String> nodes, Collection<PlanDependency> dependencies) {
    Map<String, List<String>> successors = new LinkedHashMap<>(); // document order: the same cycle is reported every time
    for (String node : nodes) {
      successors.put(node, new ArrayList<>());
    }
    for (PlanDependency d : dependencies) {
      successors.computeIfAbsent(d.predecessor(), k -> new ArrayList<>()).add(d.successor());
    }
    Map<String, Integer> state = new HashMap<>(); // absent = unvisited, 1 = on the path, 2 = done
    for (String start : successors.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<String> path = new ArrayDeque<>();
      Deque<java.util.Iterator<String>> iterators = new ArrayDeque<>();
      path.push(start);
      iterators.push(successors.getOrDefault(start, List.of()).iterator());
      state.put(start, 1);
      while (!path.isEmpty()) {
        java.util.Iterator<String> it = iterators.peek();
        if (it.hasNext()) {
          String next = it.next();
          Integer s = state.get(next);
          if (s == null) {
            state.put(next, 1);
            path.push(next);
            iterators.push(successors.getOrDefault(next, List.of()).iterator());
          } else if (s == 1) {
            return closedPath(path, next);
          }
        } else {
          state.put(path.pop(), 2);
          iterators.pop();
        }
      }
    }
    return List.of();
  }

  private static List<String> closedPath(Deque<String> path, String repeated) {
    List<String> cycle = new ArrayList<>();
    for (String node : path) { // top of the stack first: the path backwards
      cycle.add(node);
      if (node.equals(repeated)) {
        break;
      }
    }
    Collections.reverse(cycle);
    cycle.add(repeated);
    return cycle;
  }
}
