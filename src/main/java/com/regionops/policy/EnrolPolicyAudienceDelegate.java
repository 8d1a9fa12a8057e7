package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定宣贯对象: the region's members of the policy's groups, one row each (a repeat adds nobody twice). */
@Component("enrolPolicyAudienceDelegate")
public class EnrolPolicyAudienceDelegate implements JavaDelegate {

  private final PolicySteps steps;

  public EnrolPolicyAudienceDelegate(PolicySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.enrol(((Number) execution.getVariable(POLICY_ID)).longValue(), (String) execution.getVariable(REGION_CODE));
  }
}
