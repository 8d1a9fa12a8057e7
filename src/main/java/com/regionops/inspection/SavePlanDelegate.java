package com.regionops.inspection;

import static com.regionops.inspection.InspectionPlanProcess.PLAN_ID;
import static com.regionops.inspection.InspectionPlanProcess.PLAN_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 保存巡检计划: the edited rows replace the proposal; the president reads their summary. */
@Component("savePlanDelegate")
public class SavePlanDelegate implements JavaDelegate {

  private final InspectionPlanService plans;

  public SavePlanDelegate(InspectionPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = ((Number) execution.getVariable(PLAN_ID)).longValue();
    execution.setVariable(PLAN_SUMMARY, plans.saveEdits(planId, plans.checkEdits(planId, execution::getVariable)));
  }
}
