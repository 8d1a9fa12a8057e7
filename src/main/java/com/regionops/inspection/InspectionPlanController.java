package com.regionops.inspection;

import com.regionops.org.RegionService;
import com.regionops.platform.security.ApiUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A region's 巡检计划: drawing one up now (outside the quarter's timer), and the plans with their rows. */
@RestController
@RequestMapping("/api/v1/regions/{regionCode}/inspection-plans")
class InspectionPlanController {

  /** quarter: yyyy-Qn, this quarter when absent. */
  record PlanRequest(String quarter) {
  }

  record PlanStarted(long planId, String quarter, String processInstanceId, String businessKey) {
  }

  record PlanWithItems(InspectionPlan plan, List<PlanItem> items) {
  }

  private final RegionService regions;
  private final InspectionPlanService plans;
  private final RuntimeService runtime;

  InspectionPlanController(RegionService regions, InspectionPlanService plans, RuntimeService runtime) {
    this.regions = regions;
    this.plans = plans;
    this.runtime = runtime;
  }

  /** Region-ops starts the quarter's plan; it runs as the caller, through the model's own rules. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PlanStarted start(ApiUser user, @PathVariable String regionCode, @RequestBody(required = false) PlanRequest request) {
    String region = regions.visible(user, regionCode).code();
    if (!user.canWriteMasterData(region)) {
      throw com.regionops.platform.web.ApiException.forbidden("巡检计划由本区域运营管理部制定");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(InspectionPlanProcess.REGION_CODE, region);
    String quarter = request == null || request.quarter() == null || request.quarter().isBlank()
        ? InspectionPlanService.quarterOf(com.regionops.platform.engine.EngineTime.today()) : request.quarter().strip();
    InspectionPlanService.requireQuarter(quarter);
    variables.put(InspectionPlanProcess.QUARTER, quarter);
    ProcessInstance instance = runtime.startProcessInstanceByMessage(InspectionPlanProcess.MESSAGE_PLAN,
        InspectionPlanProcess.businessKey(region, quarter), variables);
    long planId = plans.plans(region).stream().filter(p -> p.quarter().equals(quarter)).findFirst().orElseThrow().id();
    return new PlanStarted(planId, quarter, instance.getId(), instance.getBusinessKey());
  }

  @GetMapping
  List<PlanWithItems> plans(ApiUser user, @PathVariable String regionCode) {
    String region = regions.visible(user, regionCode).code();
    return plans.plans(region).stream().map(p -> new PlanWithItems(p, plans.items(p.id()))).toList();
  }
}
