package com.regionops.training;

import static com.regionops.training.TrainingProcess.*;

import com.regionops.policy.PolicyProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 评阅答卷: grades and records the attempt; the answers are cleared for a next round. */
@Component("gradeTrainingQuizDelegate")
public class GradeTrainingQuizDelegate implements JavaDelegate {

  private final TrainingSteps steps;

  public GradeTrainingQuizDelegate(TrainingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TrainingSteps.Grade grade = steps.grade(((Number) execution.getVariable(SESSION_ID)).longValue(),
        (String) execution.getVariable(PARTICIPANT), execution::getVariable);
    execution.setVariable(QUIZ_PASSED, grade.passed());
    execution.setVariable(LAST_QUIZ_RESULT, grade.message());
    for (int n = 1; n <= PolicyProcess.MAX_QUESTIONS; n++) {
      execution.setVariable(answer(n), null);
    }
  }
}
