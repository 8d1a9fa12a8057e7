package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结束培训: every attendee has answered or expired. */
@Component("closeTrainingDelegate")
public class CloseTrainingDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public CloseTrainingDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.close(((Number) execution.getVariable(SESSION_ID)).longValue());
  }
}
