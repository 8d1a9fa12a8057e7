package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 登记区域反馈: the region's answer to group-ops; the previous round's confirmation is cleared. */
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
  }
}
