package com.regionops.inspection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 编制巡检计划: every row names a project of the region, a date in the quarter and a lead inspector. */
@Component("checkPlanListener")
public class CheckPlanListener implements TaskListener {

  private final InspectionPlanService plans;

  public CheckPlanListener(InspectionPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    plans.checkEdits(((Number) task.getVariable(InspectionPlanProcess.PLAN_ID)).longValue(), task::getVariable);
  }
}
