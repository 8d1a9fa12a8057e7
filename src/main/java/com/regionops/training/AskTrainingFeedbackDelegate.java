package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 请参训人员反馈: the attendee's own pass, their feedback and answers local to it; they are told once. */
@Component("askTrainingFeedbackDelegate")
public class AskTrainingFeedbackDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public AskTrainingFeedbackDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.askFeedback(((Number) execution.getVariable(SESSION_ID)).longValue(),
        (String) execution.getVariable(PARTICIPANT), execution.getVariable(FEEDBACK_DUE), execution::setVariableLocal);
  }
}
