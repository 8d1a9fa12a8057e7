package com.regionops.training;

import static com.regionops.training.TrainingPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When 审批培训计划 comes round again, the previous round's decision and comment are cleared, so the president starts
 * blank instead of finding 退回修改 preselected; region-ops has read the comment by then (it is kept on the plan).
 */
@Component("clearTrainingPlanReviewListener")
public class ClearTrainingPlanReviewListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().getProcessInstance().removeVariable(REVIEW);
    task.getExecution().getProcessInstance().removeVariable(REVIEW_COMMENT);
  }
}
