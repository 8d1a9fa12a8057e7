package com.regionops.training;

import static com.regionops.training.TrainingPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 重新提交培训计划: the revised rows replace the plan's items, and the president's form shows them. */
@Component("resubmitTrainingPlanDelegate")
public class ResubmitTrainingPlanDelegate implements JavaDelegate {

  private final TrainingPlanService plans;

  public ResubmitTrainingPlanDelegate(TrainingPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = ((Number) execution.getVariable(PLAN_ID)).longValue();
    TrainingPlanService.Revision revision = plans.checkRevision((String) execution.getVariable(REGION_CODE),
        execution::getVariable);
    plans.resubmit(planId, revision, execution::setVariable);
  }
}
