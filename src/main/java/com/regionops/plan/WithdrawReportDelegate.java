package com.regionops.plan;

import static com.regionops.plan.NodeCompletionProcess.COMPLETION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 撤回节点填报: the office withdrew a returned report; the node stays open for a new one. */
@Component("withdrawReportDelegate")
public class WithdrawReportDelegate implements JavaDelegate {

  private final NodeCompletionService service;

  public WithdrawReportDelegate(NodeCompletionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.withdraw(((Number) execution.getVariable(COMPLETION_ID)).longValue());
  }
}
