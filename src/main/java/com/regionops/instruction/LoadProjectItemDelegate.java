package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import com.regionops.platform.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 读取项目指令: the project's copy for its pass through 项目签收与反馈. Everything is local to this pass, the
 * answer and its review included, so that projects answering at the same time never see each other's.
 */
@Component("loadProjectItemDelegate")
public class LoadProjectItemDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public LoadProjectItemDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InstructionItem item = steps.item(((Number) execution.getVariable(PROJECT_ITEM_ID)).longValue());
    Instruction instruction = steps.instruction(item.instructionId());
    execution.setVariableLocal(PROJECT_CODE, item.projectCode());
    execution.setVariableLocal(OFFICE_GROUP, Groups.office(item.projectCode()));
    execution.setVariableLocal(PROJECT_NAME, steps.projectName(item.projectCode()));
    execution.setVariableLocal(PROJECT_DEADLINE, item.effectiveDeadline().toString());
    execution.setVariableLocal(PROJECT_DUE_DATE, InstructionSteps.dueAt(item.effectiveDeadline()));
    execution.setVariableLocal(PROJECT_ACK_DUE_DATE, InstructionSteps.dueAt(item.ackDue()));
    execution.setVariableLocal(PROJECT_ACK_OVERDUE_AT, InstructionSteps.overdueAt(item.ackDue()));
    execution.setVariableLocal(FEEDBACK_TEXT, null);
    execution.setVariableLocal(FEEDBACK_REVIEW, null);
    execution.setVariableLocal(FEEDBACK_REVIEW_COMMENT, null);
    execution.setVariableLocal(LAST_REVIEW_COMMENT, null);
    steps.announce(instruction, item);
    steps.refresh(item.id());
  }
}
