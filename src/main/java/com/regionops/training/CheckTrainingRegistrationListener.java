package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 培训报名 is answered by the person themself, yes or no (checked again for engine REST callers). */
@Component("checkTrainingRegistrationListener")
public class CheckTrainingRegistrationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TrainingSteps.requireParticipant(task);
    TrainingSteps.checkRegistration(task.getVariable(REGISTRATION), task.getVariable(DECLINE_REASON));
  }
}
