package com.regionops.plan;

import com.regionops.platform.security.ApiUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{projectCode}")
class PlanController {

  private final PlanService plans;

  PlanController(PlanService plans) {
    this.plans = plans;
  }

  @GetMapping("/plan-nodes")
  List<PlanNode> nodes(ApiUser user, @PathVariable String projectCode) {
    return plans.nodes(user, projectCode);
  }

  @PutMapping("/plan-nodes/{nodeCode}")
  PlanNode upsertNode(ApiUser user, @PathVariable String projectCode,
      @PathVariable String nodeCode, @RequestBody PlanNodeRequest request) {
    return plans.upsertNode(user, projectCode, nodeCode, request);
  }

  @GetMapping("/plan")
  PlanDocument plan(ApiUser user, @PathVariable String projectCode) {
    return plans.plan(user, projectCode);
  }

  @PutMapping("/plan")
  PlanImportResult importPlan(ApiUser user, @PathVariable String projectCode,
      @RequestBody PlanDocument document) {
    return plans.importPlan(user, projectCode, document);
  }
}
