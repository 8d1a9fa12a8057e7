package com.regionops.training;

import static com.regionops.training.TrainingPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 修改培训计划: a title and at least one complete row, each checked as the API checks an item. */
@Component("checkTrainingPlanRevisionListener")
public class CheckTrainingPlanRevisionListener implements TaskListener {

  private final TrainingPlanService plans;

  public CheckTrainingPlanRevisionListener(TrainingPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    plans.checkRevision((String) task.getVariable(REGION_CODE), task::getVariable);
  }
}
