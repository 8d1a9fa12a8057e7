package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 登记区域签收: who acknowledged, how the region handles it, and the projects' copies when relayed. */
@Component("recordAcknowledgementDelegate")
public class RecordAcknowledgementDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public RecordAcknowledgementDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    boolean relayed = steps.acknowledgeRegion(((Number) execution.getVariable(REGION_ITEM_ID)).longValue(),
        (String) execution.getVariable(HANDLING), execution.getVariable(RELAY_PROJECTS),
        execution.getVariable(RELAY_DEADLINE), user == null ? null : user.getUserId());
    execution.setVariable(RELAYED, relayed);
  }
}
