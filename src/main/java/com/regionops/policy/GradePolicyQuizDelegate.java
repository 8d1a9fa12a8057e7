package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 评阅答卷: grades and records the attempt; the answers are cleared for a next round. */
@Component("gradePolicyQuizDelegate")
public class GradePolicyQuizDelegate implements JavaDelegate {

  private final PolicySteps steps;

  public GradePolicyQuizDelegate(PolicySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PolicySteps.Grade grade = steps.grade(((Number) execution.getVariable(POLICY_ID)).longValue(),
        (String) execution.getVariable(MEMBER), execution::getVariable);
    execution.setVariable(QUIZ_PASSED, grade.passed());
    execution.setVariable(LAST_QUIZ_RESULT, grade.message());
    for (int n = 1; n <= MAX_QUESTIONS; n++) {
      execution.setVariable(answer(n), null);
    }
  }
}
