package com.regionops.gate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 基线化工程与供货计划: 工程策划会 passed. */
@Component("baselineEngineeringPlanDelegate")
public class BaselineEngineeringPlanDelegate implements JavaDelegate {

  private final GateOutcomes outcomes;

  public BaselineEngineeringPlanDelegate(GateOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.baselineEngineeringPlan((String) execution.getVariable(GateProcess.PROJECT_CODE));
  }
}
