package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 登记项目反馈; the previous round's review is cleared so the reviewer starts blank. */
@Component("recordFeedbackDelegate")
public class RecordFeedbackDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public RecordFeedbackDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    steps.answer(((Number) execution.getVariable(PROJECT_ITEM_ID)).longValue(),
        (String) execution.getVariable(FEEDBACK_TEXT), user == null ? null : user.getUserId());
    execution.setVariable(FEEDBACK_REVIEW, null);
    execution.setVariable(FEEDBACK_REVIEW_COMMENT, null);
  }
}
