package com.regionops.platform.engine;

import com.regionops.platform.security.ActingUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On a timer start event that continues asynchronously: the all-region work runs later in a job,
 * where nobody is authenticated, so whether a person started the instance (engine REST's start by
 * key runs the timer's branch) is decided here, in the starting transaction.
 */
@Component("schedulerOnlyStart")
public class SchedulerOnlyStart implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ActingUser.requireScheduler(execution.getProcessEngineServices(), "“" + execution.getCurrentActivityName() + "”");
  }
}
