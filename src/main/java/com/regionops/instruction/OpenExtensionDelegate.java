package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 读取延期申请: the request's facts, local to this 延期申请 so that two open at once keep apart. The message
 * leaves the request's id on the process instance (an event subprocess takes no input mapping); it is read
 * here, in the same transaction as the correlation, and taken away.
 */
@Component("openExtensionDelegate")
public class OpenExtensionDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public OpenExtensionDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(EXTENSION_ID)).longValue();
    execution.getProcessInstance().removeVariable(EXTENSION_ID);
    InstructionExtension extension = steps.extension(id);
    InstructionItem item = steps.item(extension.itemId());
    execution.setVariableLocal(EXTENSION_ID, id);
    execution.setVariableLocal(APPROVER_GROUP, InstructionSteps.approverGroup(item));
    execution.setVariableLocal(EXTENSION_SUBJECT, steps.subjectOf(item));
    execution.setVariableLocal(EXTENSION_PREVIOUS_DEADLINE, extension.previousDeadline().toString());
    execution.setVariableLocal(EXTENSION_REQUESTED_DATE, extension.requestedDate().toString());
    execution.setVariableLocal(EXTENSION_REASON, extension.reason());
    execution.setVariableLocal(EXTENSION_REVIEW, null);
    execution.setVariableLocal(EXTENSION_REVIEW_COMMENT, null);
  }
}
