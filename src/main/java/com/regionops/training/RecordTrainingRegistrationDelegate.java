package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记报名: the person's answer, with the time. */
@Component("recordTrainingRegistrationDelegate")
public class RecordTrainingRegistrationDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public RecordTrainingRegistrationDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.register(((Number) execution.getVariable(SESSION_ID)).longValue(), (String) execution.getVariable(PARTICIPANT),
        execution.getVariable(REGISTRATION), execution.getVariable(DECLINE_REASON));
  }
}
