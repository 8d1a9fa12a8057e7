package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提醒阅知: before the deadline, to the member who has not yet acknowledged (once per version). */
@Component("remindPolicyMemberDelegate")
public class RemindPolicyMemberDelegate implements JavaDelegate {

  private final PolicySteps steps;

  public RemindPolicyMemberDelegate(PolicySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.remind(((Number) execution.getVariable(POLICY_ID)).longValue(), (String) execution.getVariable(MEMBER));
  }
}
