package com.regionops.gate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确认报建计划并登记计划证照: 报建策划会 passed. */
@Component("registerPermitPlanDelegate")
public class RegisterPermitPlanDelegate implements JavaDelegate {

  private final GateOutcomes outcomes;

  public RegisterPermitPlanDelegate(GateOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.registerPermitPlan((String) execution.getVariable(GateProcess.PROJECT_CODE));
  }
}
