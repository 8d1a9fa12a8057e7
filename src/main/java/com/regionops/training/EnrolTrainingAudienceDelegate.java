package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定培训对象: the region's members of the session's groups, one row each (a repeat adds nobody twice). */
@Component("enrolTrainingAudienceDelegate")
public class EnrolTrainingAudienceDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public EnrolTrainingAudienceDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.enrol(((Number) execution.getVariable(SESSION_ID)).longValue());
  }
}
