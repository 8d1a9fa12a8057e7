package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 登记区域反馈: the region's answer to group-ops. The previous round's confirmation and its comment are cleared:
 * the region has read the comment, and an approval must not carry the old return's words.
 */
@Component("recordConsolidationDelegate")
public class RecordConsolidationDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public RecordConsolidationDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    steps.answer(((Number) execution.getVariable(REGION_ITEM_ID)).longValue(),
        (String) execution.getVariable(REGION_ANSWER), user == null ? null : user.getUserId());
    execution.setVariable(CLOSING_REVIEW, null);
    execution.setVariable(CLOSING_REVIEW_COMMENT, null);
  }
}
