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
    service.apply(((Number) execution.getVariable(PlanAdjustmentProcess.ADJUSTMENT_ID)).longValue());
  }
}
