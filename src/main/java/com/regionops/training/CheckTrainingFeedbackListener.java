package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 填写培训反馈 is given by the attendee themself: a score of 1 to 5 (checked again for engine REST callers). */
@Component("checkTrainingFeedbackListener")
public class CheckTrainingFeedbackListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TrainingSteps.requireParticipant(task);
    TrainingSteps.checkFeedback(task.getVariable(FEEDBACK_SCORE), task.getVariable(FEEDBACK_COMMENT));
  }
}
