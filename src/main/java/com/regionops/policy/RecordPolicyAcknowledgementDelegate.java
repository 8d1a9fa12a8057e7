package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记已阅知悉: the member's row, with the time. */
@Component("recordPolicyAcknowledgementDelegate")
public class RecordPolicyAcknowledgementDelegate implements JavaDelegate {

  private final PolicySteps steps;

  public RecordPolicyAcknowledgementDelegate(PolicySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.acknowledge(((Number) execution.getVariable(POLICY_ID)).longValue(), (String) execution.getVariable(MEMBER));
  }
}
