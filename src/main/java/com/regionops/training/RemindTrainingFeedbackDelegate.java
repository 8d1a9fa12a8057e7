package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提醒填写反馈: on the day it is due, to the attendee who has not yet given it (once). */
@Component("remindTrainingFeedbackDelegate")
public class RemindTrainingFeedbackDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public RemindTrainingFeedbackDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.remind(((Number) execution.getVariable(SESSION_ID)).longValue(), (String) execution.getVariable(PARTICIPANT));
  }
}
