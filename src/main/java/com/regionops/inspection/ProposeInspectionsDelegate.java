package com.regionops.inspection;

import static com.regionops.inspection.InspectionPlanProcess.PLAN_ID;
import static com.regionops.inspection.InspectionPlanProcess.PLAN_TITLE;
import static com.regionops.inspection.InspectionPlanProcess.QUARTER;
import static com.regionops.inspection.InspectionPlanProcess.REGION_CODE;

import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 生成巡检建议: the plan for the quarter (this one when none is named), with the DMN's proposal as the form's rows. */
@Component("proposeInspectionsDelegate")
public class ProposeInspectionsDelegate implements JavaDelegate {

  private final InspectionPlanService plans;
  private final RegionMapper regions;

  public ProposeInspectionsDelegate(InspectionPlanService plans, RegionMapper regions) {
    this.plans = plans;
    this.regions = regions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String region = (String) execution.getVariable(REGION_CODE);
    Object named = execution.getVariable(QUARTER);
    String quarter = named instanceof String q && !q.isBlank() ? q.strip() : InspectionPlanService.quarterOf(EngineTime.today());
    InspectionPlan plan = plans.propose(region, quarter, execution.getProcessInstanceId());
    execution.setVariable(QUARTER, quarter);
    execution.setVariable(PLAN_ID, plan.id());
    var found = regions.findByCode(region);
    execution.setVariable(PLAN_TITLE, (found == null ? region : found.name()) + " " + quarter + " 巡检计划");
    execution.setVariables(plans.formVariables(plan.id()));
  }
}
