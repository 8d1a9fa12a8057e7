package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 完成培训答题 is answered by the attendee themself, one option for every question. */
@Component("checkTrainingAnswersListener")
public class CheckTrainingAnswersListener implements TaskListener {

  private final TrainingSteps steps;

  public CheckTrainingAnswersListener(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TrainingSteps.requireParticipant(task);
    steps.checkAnswers(((Number) task.getVariable(SESSION_ID)).longValue(), task::getVariable);
  }
}
