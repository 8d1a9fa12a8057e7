package com.regionops.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 执行计划调整: every approver agreed; the plan moves in one transaction. */
@Component("applyAdjustmentDelegate")
public class ApplyAdjustmentDelegate implements JavaDelegate {

  private final PlanAdjustmentService service;

  public ApplyAdjustmentDelegate(PlanAdjustmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // by the instance, not the adjustmentId variable: an approver can write variables, not the request row
    service.apply(service.byProcessInstance(execution.getProcessInstanceId()).id());
  }
}
