package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发送培训邀请: the person's own pass, their answer local to it; they are told once. */
@Component("inviteParticipantDelegate")
public class InviteParticipantDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public InviteParticipantDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.invite(((Number) execution.getVariable(SESSION_ID)).longValue(), (String) execution.getVariable(PARTICIPANT),
        execution::setVariableLocal);
  }
}
