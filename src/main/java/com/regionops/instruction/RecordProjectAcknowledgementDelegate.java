package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 登记项目签收: an instruction that needs only 签收 is done for the project with it. */
@Component("recordProjectAcknowledgementDelegate")
public class RecordProjectAcknowledgementDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public RecordProjectAcknowledgementDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    steps.acknowledgeProject(((Number) execution.getVariable(PROJECT_ITEM_ID)).longValue(),
        FeedbackMode.valueOf((String) execution.getVariable(FEEDBACK_MODE)), user == null ? null : user.getUserId());
  }
}
