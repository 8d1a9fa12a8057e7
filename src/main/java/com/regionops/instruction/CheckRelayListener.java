package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 签收指令 (region): the handling is chosen, and a relay names projects of the region and a deadline in range. */
@Component("checkRelayListener")
public class CheckRelayListener implements TaskListener {

  private final InstructionSteps steps;

  public CheckRelayListener(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    steps.checkRelay(((Number) task.getVariable(REGION_ITEM_ID)).longValue(), task.getVariable(HANDLING),
        task.getVariable(RELAY_PROJECTS), task.getVariable(RELAY_DEADLINE));
  }
}
