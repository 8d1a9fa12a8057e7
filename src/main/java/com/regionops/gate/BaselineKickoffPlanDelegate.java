package com.regionops.gate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 基线化计划并确定运营目标: 项目启动会 passed. */
@Component("baselineKickoffPlanDelegate")
public class BaselineKickoffPlanDelegate implements JavaDelegate {

  private final GateOutcomes outcomes;

  public BaselineKickoffPlanDelegate(GateOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outcomes.completeKickoff((String) execution.getVariable(GateProcess.PROJECT_CODE), execution::getVariable);
  }
}
