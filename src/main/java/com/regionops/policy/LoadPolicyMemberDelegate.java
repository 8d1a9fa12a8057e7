package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 读取阅知对象: the member's pass. What they write (已阅知悉, the answers) and the grade are local to it, so members
 * answering at the same time never see or overwrite each other's.
 */
@Component("loadPolicyMemberDelegate")
public class LoadPolicyMemberDelegate implements JavaDelegate {

  private final PolicySteps steps;

  public LoadPolicyMemberDelegate(PolicySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long policyId = ((Number) execution.getVariable(POLICY_ID)).longValue();
    PolicyAcknowledgement row = steps.acknowledgement(policyId, (String) execution.getVariable(MEMBER));
    execution.setVariableLocal(MEMBER_GROUP, PolicySteps.candidateGroup(row));
    if (row.projectCode() != null) {
      execution.setVariableLocal(PROJECT_CODE, row.projectCode());
    }
    execution.setVariableLocal(ACKNOWLEDGED, null);
    for (int n = 1; n <= MAX_QUESTIONS; n++) {
      execution.setVariableLocal(answer(n), null);
    }
    execution.setVariableLocal(QUIZ_PASSED, false);
    execution.setVariableLocal(LAST_QUIZ_RESULT, null);
    steps.announce(steps.policy(policyId), row);
  }
}
