package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 关闭旧版本宣贯: a newer version was published; the region's rows still pending are SUPERSEDED. */
@Component("closeSupersededPolicyDelegate")
public class CloseSupersededPolicyDelegate implements JavaDelegate {

  private final PolicySteps steps;

  public CloseSupersededPolicyDelegate(PolicySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.closeSuperseded(((Number) execution.getVariable(POLICY_ID)).longValue(),
        (String) execution.getVariable(REGION_CODE));
  }
}
