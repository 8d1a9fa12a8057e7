package com.regionops.inspection;

import static com.regionops.inspection.InspectionPlanProcess.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 安排巡检: the approved plan's rows become planned inspections, each started on its day by the plan. */
@Component("schedulePlanDelegate")
public class SchedulePlanDelegate implements JavaDelegate {

  private final InspectionPlanService plans;

  public SchedulePlanDelegate(InspectionPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // runs in the approval's transaction: the approver is the authenticated user
    Authentication approver = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    plans.schedule(((Number) execution.getVariable(PLAN_ID)).longValue(),
        approver == null || approver.getUserId() == null ? "system" : approver.getUserId());
  }
}
