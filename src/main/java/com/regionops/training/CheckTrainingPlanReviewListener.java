package com.regionops.training;

import static com.regionops.training.TrainingPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审批培训计划: a decision, and a comment when the plan goes back (checked again for engine REST callers). */
@Component("checkTrainingPlanReviewListener")
public class CheckTrainingPlanReviewListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TrainingPlanService.checkReview(task.getVariable(REVIEW), task.getVariable(REVIEW_COMMENT));
  }
}
