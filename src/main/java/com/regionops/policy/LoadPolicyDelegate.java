package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 读取制度: what the forms show and the timers and gateway read, the same for every member. The quiz's questions
 * and options go to the process; its answers stay in the database.
 */
@Component("loadPolicyDelegate")
public class LoadPolicyDelegate implements JavaDelegate {

  private final PolicySteps steps;
  private final PolicyService service;

  public LoadPolicyDelegate(PolicySteps steps, PolicyService service) {
    this.steps = steps;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Policy policy = steps.policy(((Number) execution.getVariable(POLICY_ID)).longValue());
    execution.setVariable(TITLE, policy.title());
    execution.setVariable(FILES, service.filesText(policy.id()));
    execution.setVariable(NUMBER, policy.number());
    execution.setVariable(VERSION, PolicySteps.versionLabel(policy.version()));
    execution.setVariable(ISSUER, steps.issuerName(policy));
    execution.setVariable(EFFECTIVE_DATE, policy.effectiveDate().toString());
    execution.setVariable(ACKNOWLEDGE_BY, policy.acknowledgeBy().toString());
    execution.setVariable(SUMMARY, policy.summary() == null ? "（未填写）" : policy.summary());
    execution.setVariable(DUE_DATE, PolicySteps.dueAt(policy.acknowledgeBy()));
    execution.setVariable(REMIND_AT, PolicySteps.remindAt(policy));
    Quiz quiz = policy.parsedQuiz();
    execution.setVariable(HAS_QUIZ, quiz != null);
    execution.setVariable(QUESTION_COUNT, quiz == null ? 0 : quiz.size());
    if (quiz != null) {
      execution.setVariable(QUIZ_RULE, PolicySteps.quizRule(policy, quiz));
      for (int n = 1; n <= quiz.size(); n++) {
        Quiz.Question question = quiz.questions().get(n - 1);
        execution.setVariable(questionText(n), question.text());
        execution.setVariable(questionOptions(n),
            SpinValues.jsonValue(Spin.JSON(PolicySteps.options(question)).toString()).create());
      }
    }
  }
}
