package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 截止报名: the session starts; the unanswered are recorded as such and the 签到 form lists everyone invited. */
@Component("closeTrainingRegistrationDelegate")
public class CloseTrainingRegistrationDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public CloseTrainingRegistrationDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.closeRegistration(((Number) execution.getVariable(SESSION_ID)).longValue(), execution::setVariable);
  }
}
