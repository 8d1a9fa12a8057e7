package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 制度答题 is answered by the member themself, one option for every question (checked again for engine REST callers). */
@Component("checkPolicyAnswersListener")
public class CheckPolicyAnswersListener implements TaskListener {

  private final PolicySteps steps;

  public CheckPolicyAnswersListener(PolicySteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    PolicySteps.requireMember(task);
    steps.checkAnswers(((Number) task.getVariable(POLICY_ID)).longValue(), task::getVariable);
  }
}
