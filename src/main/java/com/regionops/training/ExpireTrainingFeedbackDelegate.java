package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 关闭逾期反馈: the window closed; feedback not given is recorded as expired, so the session can close. */
@Component("expireTrainingFeedbackDelegate")
public class ExpireTrainingFeedbackDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public ExpireTrainingFeedbackDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.expire(((Number) execution.getVariable(SESSION_ID)).longValue(), (String) execution.getVariable(PARTICIPANT));
  }
}
