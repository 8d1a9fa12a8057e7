package com.regionops.plan;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates a template for a project. A node's finish is the later of its anchor's date plus its
 * offset and, for every predecessor, the predecessor's finish plus the lag (the same finish-to-
 * finish rule ImpactAnalysis pushes delays with); its start is the finish minus its duration.
 * Days are calendar days. Nodes anchored on another node move with it.
 */
final class TemplateDating {

  /** A node's dates, and whether a dependency (not its anchor) set its finish. */
  record Dated(LocalDate start, LocalDate finish, boolean pushed) {
  }

  private TemplateDating() {
  }

  static Map<String, Dated> date(PlanTemplate template, Map<PlanTemplate.Anchor, LocalDate> anchors) {
    Map<String, PlanTemplate.Node> nodes = new LinkedHashMap<>();
    template.nodes().forEach(n -> nodes.put(n.nodeCode(), n));
    Map<String, List<PlanDependency>> into = new HashMap<>();
    template.dependencies().forEach(d -> into.computeIfAbsent(d.successor(), k -> new ArrayList<>()).add(d));
    Map<String, Dated> dated = new LinkedHashMap<>();
    for (String code : nodes.keySet()) {
      date(code, nodes, into, anchors, dated, new ArrayDeque<>());
    }
    return dated;
  }

  private static Dated date(String code, Map<String, PlanTemplate.Node> nodes, Map<String, List<PlanDependency>> into,
      Map<PlanTemplate.Anchor, LocalDate> anchors, Map<String, Dated> dated, Deque<String> path) {
    Dated known = dated.get(code);
    if (known != null) {
      return known;
    }
    if (path.contains(code)) {
      throw new IllegalStateException("template anchors or dependencies form a cycle through " + code);
    }
    PlanTemplate.Node node = nodes.get(code);
    if (node == null) {
      throw new IllegalStateException("template refers to a node it does not have: " + code);
    }
    path.push(code);
    LocalDate anchorDate = node.anchor() == PlanTemplate.Anchor.NODE
        ? date(node.anchorNode(), nodes, into, anchors, dated, path).finish()
        : anchors.get(node.anchor());
    if (anchorDate == null) {
      throw new IllegalArgumentException("no date for anchor " + node.anchor());
    }
    LocalDate finish = anchorDate.plusDays(node.offsetDays());
    boolean pushed = false;
    for (PlanDependency d : into.getOrDefault(code, List.of())) {
      LocalDate demand = date(d.predecessor(), nodes, into, anchors, dated, path).finish().plusDays(d.lagDays());
      if (demand.isAfter(finish)) {
        finish = demand;
        pushed = true;
      }
    }
    path.pop();
    Dated result = new Dated(finish.minusDays(node.durationDays()), finish, pushed);
    dated.put(code, result);
    return result;
  }

  static Map<PlanTemplate.Anchor, LocalDate> anchors(LocalDate land, LocalDate start, LocalDate opening,
      LocalDate handover) {
    Map<PlanTemplate.Anchor, LocalDate> anchors = new EnumMap<>(PlanTemplate.Anchor.class);
    anchors.put(PlanTemplate.Anchor.LAND_ACQUIRED, land);
    anchors.put(PlanTemplate.Anchor.CONSTRUCTION_START, start);
    anchors.put(PlanTemplate.Anchor.FIRST_OPENING, opening);
    anchors.put(PlanTemplate.Anchor.HANDOVER, handover);
    return anchors;
  }
}
