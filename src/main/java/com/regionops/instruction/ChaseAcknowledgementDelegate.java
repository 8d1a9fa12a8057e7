package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 催办签收, for the region's 签收 and a project's alike: the copy is the project's when the pass names one. */
@Component("chaseAcknowledgementDelegate")
public class ChaseAcknowledgementDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public ChaseAcknowledgementDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object item = execution.getVariable(PROJECT_ITEM_ID);
    if (item == null) {
      item = execution.getVariable(REGION_ITEM_ID);
    }
    steps.chaseAcknowledgement(((Number) item).longValue());
  }
}
