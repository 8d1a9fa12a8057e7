package com.regionops.gate;

import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.EngineTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a passed gate changes in the project's data (issue 7). 项目启动会 fixes the milestone and
 * L1 plan, 工程策划会 the construction and supply plan: their baselines are set from the planned
 * dates, and from then on only plan-adjustment moves those dates.
 */
@Service
public class GateOutcomes {

  private final PlanNodeMapper nodes;

  public GateOutcomes(PlanNodeMapper nodes) {
    this.nodes = nodes;
  }

  @Transactional
  public int baselineKickoffPlan(String projectCode) {
    return nodes.baseline(projectCode, List.of(NodeLevel.MILESTONE, NodeLevel.L1), List.of(),
        EngineTime.now().withNano(0));
  }

  @Transactional
  public int baselineEngineeringPlan(String projectCode) {
    return nodes.baseline(projectCode, List.of(), List.of(NodeCategory.CONSTRUCTION, NodeCategory.SUPPLY),
        EngineTime.now().withNano(0));
  }
}
