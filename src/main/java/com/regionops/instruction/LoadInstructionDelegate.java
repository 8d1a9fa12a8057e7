package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** 读取指令: what the forms show, the gateways read and the tasks are due by, for the region's copy. */
@Component("loadInstructionDelegate")
public class LoadInstructionDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public LoadInstructionDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instruction instruction = steps.instruction(((Number) execution.getVariable(INSTRUCTION_ID)).longValue());
    InstructionItem item = steps.item(((Number) execution.getVariable(REGION_ITEM_ID)).longValue());
    execution.setVariable(ISSUER_LEVEL, instruction.issuerLevel());
    execution.setVariable(FEEDBACK_MODE, instruction.feedbackMode().name());
    execution.setVariable(TITLE, instruction.title());
    execution.setVariable(CONTENT, instruction.content());
    execution.setVariable(CATEGORY_NAME, instruction.category().label()
        + (instruction.sourceMeeting() == null ? "" : "（" + instruction.sourceMeeting() + "）"));
    execution.setVariable(ISSUER_NAME, steps.issuerName(instruction));
    execution.setVariable(FEEDBACK_MODE_NAME, instruction.feedbackMode().label());
    execution.setVariable(REGION_NAME, steps.regionName(item.regionCode()));
    execution.setVariable(REGION_DEADLINE, item.effectiveDeadline().toString());
    execution.setVariable(REGION_DUE_DATE, InstructionSteps.dueAt(item.effectiveDeadline()));
    execution.setVariable(ACK_DUE_DATE, InstructionSteps.dueAt(item.ackDue()));
    execution.setVariable(ACK_OVERDUE_AT, InstructionSteps.overdueAt(item.ackDue()));
    execution.setVariable(REGION_PROJECTS,
        SpinValues.jsonValue(Spin.JSON(steps.projectOptions(item.regionCode())).toString()).create());
    execution.setVariable(FILES, steps.filesText(instruction.id()));
    // a region's own instruction goes straight to the projects it names
    execution.setVariable(RELAYED, !instruction.byGroup());
    if (instruction.byGroup()) {
      steps.announce(instruction, item);
    }
  }
}
