package com.regionops.plan;

import java.util.List;

/**
 * One version of a plan template (计划模板): its nodes, their dependencies and the 阶段成果 each node
 * requires. A project's plan is built from it (PlanTemplateService).
 */
public record PlanTemplate(String code, String name, int version, String description, List<Node> nodes,
    List<PlanDependency> dependencies) {

  /** What a node's finish is dated from: a project date, or another node's finish. */
  public enum Anchor {
    LAND_ACQUIRED("拿地"),
    CONSTRUCTION_START("开工"),
    FIRST_OPENING("首开"),
    HANDOVER("交楼"),
    NODE("前置节点");

    private final String label;

    Anchor(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A 阶段成果 a node's completion report carries. */
  public record Deliverable(int seq, String name, boolean mandatory) {
  }

  /**
   * A template node. {@code responsible} is a group id, or {@code office} for the project's own
   * office. Finish = the anchor's date + offsetDays; start = finish - durationDays.
   */
  public record Node(String nodeCode, String name, NodeLevel nodeLevel, NodeCategory category, String responsible,
      int durationDays, Anchor anchor, String anchorNode, int offsetDays, int sortOrder,
      List<Deliverable> deliverables) {
  }

  /** A template as listed: code, name, current version, node count. */
  public record Summary(String code, String name, int currentVersion, String description, int nodeCount) {
  }
}
