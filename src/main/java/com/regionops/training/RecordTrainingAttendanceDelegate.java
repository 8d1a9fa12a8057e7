package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 登记签到: who attended, who recorded it, and when the attendees' feedback is due. */
@Component("recordTrainingAttendanceDelegate")
public class RecordTrainingAttendanceDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public RecordTrainingAttendanceDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    steps.recordAttendance(((Number) execution.getVariable(SESSION_ID)).longValue(), execution.getVariable(ATTENDEES),
        user == null ? null : user.getUserId(), execution::setVariable);
  }
}
