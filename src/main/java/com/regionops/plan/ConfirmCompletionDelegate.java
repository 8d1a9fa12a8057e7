package com.regionops.plan;

import static com.regionops.plan.NodeCompletionProcess.COMPLETION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录节点完成: the confirmed report writes the node's actual finish. */
@Component("confirmCompletionDelegate")
public class ConfirmCompletionDelegate implements JavaDelegate {

  private final NodeCompletionService service;

  public ConfirmCompletionDelegate(NodeCompletionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.confirm(((Number) execution.getVariable(COMPLETION_ID)).longValue());
  }
}
