package com.regionops.bench;

import com.regionops.plan.GeneratedPlan;
import com.regionops.plan.ImpactAnalysis;
import com.regionops.plan.PlanDependency;
import com.regionops.plan.PlanNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Impact analysis over generated plans; run by bench/impact.sh, not by the test suite.
 * Prints the median of repeated analyses after a warm-up, changing the first node each time.
 */
public final class ImpactBenchmark {

  private ImpactBenchmark() {
  }

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 51;
    System.out.printf("%-8s %8s %12s %12s %12s%n", "nodes", "deps", "median_ms", "min_ms", "affected");
    for (int size : new int[] {2_000, 20_000}) {
      List<PlanNode> nodes = new ArrayList<>();
      List<PlanDependency> deps = new ArrayList<>();
      GeneratedPlan.build(size, nodes, deps);
      PlanNode first = nodes.get(0);
      int affected = 0;
      for (int i = 0; i < 20; i++) { // warm-up
        affected = ImpactAnalysis.analyse(nodes, deps, first.nodeCode(), first.plannedFinish().plusDays(60))
            .affected().size();
      }
      double[] millis = new double[runs];
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        ImpactAnalysis.analyse(nodes, deps, first.nodeCode(), first.plannedFinish().plusDays(60 + i % 7));
        millis[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(millis);
      System.out.printf("%-8d %8d %12.2f %12.2f %12d%n", size, deps.size(), millis[runs / 2], millis[0], affected);
    }
    System.out.println("targets: 2,000 nodes <= 20 ms, 20,000 nodes <= 200 ms (median)");
  }
}
