package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 办结指令: the region's copy is done (already closed when group-ops confirmed it; a repeat changes nothing). */
@Component("closeInstructionDelegate")
public class CloseInstructionDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public CloseInstructionDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.close(((Number) execution.getVariable(REGION_ITEM_ID)).longValue());
  }
}
