package com.regionops.instruction;

import static com.regionops.instruction.InstructionProcess.*;

import com.regionops.meeting.ReviewMeetingProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 记录延期审批: only an approval moves the deadline. */
@Component("recordExtensionDecisionDelegate")
public class RecordExtensionDecisionDelegate implements JavaDelegate {

  private final InstructionSteps steps;

  public RecordExtensionDecisionDelegate(InstructionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    steps.decideExtension(((Number) execution.getVariable(EXTENSION_ID)).longValue(),
        ReviewMeetingProcess.APPROVED.equals(execution.getVariable(EXTENSION_REVIEW)),
        (String) execution.getVariable(EXTENSION_REVIEW_COMMENT), user == null ? null : user.getUserId(),
        execution.getProcessInstanceId(), execution.getProcessEngineServices().getRuntimeService(),
        execution.getProcessEngineServices().getTaskService());
  }
}
