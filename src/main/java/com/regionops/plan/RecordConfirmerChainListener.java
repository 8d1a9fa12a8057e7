package com.regionops.plan;

import static com.regionops.plan.NodeCompletionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After 确定确认人 (on the flow out of it, where its output is mapped): the chain the decision named is kept on the report, where no task form can
 * change it; every confirmation is checked against it (RecordConfirmationListener).
 */
@Component("recordConfirmerChainListener")
public class RecordConfirmerChainListener implements ExecutionListener {

  private final NodeCompletionService service;

  public RecordConfirmerChainListener(NodeCompletionService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    service.recordChain(((Number) execution.getVariable(COMPLETION_ID)).longValue(),
        (String) execution.getVariable(CONFIRMER_CHAIN));
  }
}
