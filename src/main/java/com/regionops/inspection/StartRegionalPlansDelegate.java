package com.regionops.inspection;

import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.platform.engine.EngineTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 为各区域制定巡检计划: the quarter's timer starts one plan per region, in its region's tenant; a
 * region whose plan for the quarter region-ops already started by hand is left alone.
 */
@Component("startRegionalPlansDelegate")
public class StartRegionalPlansDelegate implements JavaDelegate {

  private final RegionMapper regions;
  private final InspectionPlanService plans;

  public StartRegionalPlansDelegate(RegionMapper regions, InspectionPlanService plans) {
    this.regions = regions;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String quarter = InspectionPlanService.quarterOf(EngineTime.today());
    for (Region region : regions.findAll()) {
      if (plans.plans(region.code()).stream().noneMatch(p -> p.quarter().equals(quarter))) {
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(
            InspectionPlanProcess.MESSAGE_PLAN, InspectionPlanProcess.businessKey(region.code(), quarter),
            Map.of(InspectionPlanProcess.REGION_CODE, region.code(), InspectionPlanProcess.QUARTER, quarter));
      }
    }
  }
}
