package com.regionops.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A large plan for tests and the benchmark: layers of 20 nodes, each depending on two nodes of
 * the layer before with a few days of slack here and there; every 10th layer holds a milestone.
 */
public final class GeneratedPlan {

  private GeneratedPlan() {
  }

  public static void build(int size, List<PlanNode> nodes, List<PlanDependency> dependencies) {
    Random random = new Random(42);
    LocalDate start = LocalDate.of(2027, 1, 1);
    int width = 20;
    for (int i = 0; i < size; i++) {
      int layer = i / width;
      int slack = random.nextInt(4);
      LocalDate plannedStart = start.plusDays(layer * 10L + slack);
      boolean milestone = i % width == 0 && layer % 10 == 9;
      nodes.add(new PlanNode(null, "GEN", "N" + i, "节点" + i, milestone ? NodeLevel.MILESTONE : NodeLevel.L3,
          milestone ? NodeCategory.OPENING : NodeCategory.CONSTRUCTION, null, null, null, plannedStart,
          plannedStart.plusDays(8), null, null, 0));
      if (layer > 0) {
        int base = (layer - 1) * width;
        dependencies.add(new PlanDependency("N" + (base + random.nextInt(width)), "N" + i, 0));
        int second = base + random.nextInt(width);
        if (!("N" + second).equals(dependencies.get(dependencies.size() - 1).predecessor())) {
          dependencies.add(new PlanDependency("N" + second, "N" + i, 0));
        }
      }
    }
  }
}
