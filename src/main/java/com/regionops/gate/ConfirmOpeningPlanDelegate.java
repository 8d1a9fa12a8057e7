package com.regionops.gate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确认开盘计划: 开盘策划会 passed. */
@Component("confirmOpeningPlanDelegate")
public class ConfirmOpeningPlanDelegate implements JavaDelegate {

  private final GateOutcomes outcomes;

  public ConfirmOpeningPlanDelegate(GateOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.confirmOpeningPlan((String) execution.getVariable(GateProcess.PROJECT_CODE));
  }
}
