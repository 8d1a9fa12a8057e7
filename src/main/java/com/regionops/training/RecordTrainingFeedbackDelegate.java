package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记培训反馈: the score and comment, with the time. */
@Component("recordTrainingFeedbackDelegate")
public class RecordTrainingFeedbackDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public RecordTrainingFeedbackDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.giveFeedback(((Number) execution.getVariable(SESSION_ID)).longValue(),
        (String) execution.getVariable(PARTICIPANT), execution.getVariable(FEEDBACK_SCORE),
        execution.getVariable(FEEDBACK_COMMENT));
  }
}
