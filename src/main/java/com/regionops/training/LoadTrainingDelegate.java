package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 读取培训安排: what the forms show and the timers and gateway read, the same for everyone. */
@Component("loadTrainingDelegate")
public class LoadTrainingDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public LoadTrainingDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.load(((Number) execution.getVariable(SESSION_ID)).longValue(), execution::setVariable);
  }
}
