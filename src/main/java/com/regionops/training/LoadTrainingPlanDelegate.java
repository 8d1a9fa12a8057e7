package com.regionops.training;

import static com.regionops.training.TrainingPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 读取培训计划: what the president's form shows; the president is told the plan waits. */
@Component("loadTrainingPlanDelegate")
public class LoadTrainingPlanDelegate implements JavaDelegate {

  private final TrainingPlanService plans;

  public LoadTrainingPlanDelegate(TrainingPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.load(((Number) execution.getVariable(PLAN_ID)).longValue(), execution::setVariable);
  }
}
