package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 培训签到: everyone ticked was invited (checked again for engine REST callers). */
@Component("checkTrainingAttendanceListener")
public class CheckTrainingAttendanceListener implements TaskListener {

  private final TrainingSteps steps;

  public CheckTrainingAttendanceListener(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    steps.checkAttendance(((Number) task.getVariable(SESSION_ID)).longValue(), task.getVariable(ATTENDEES));
  }
}
