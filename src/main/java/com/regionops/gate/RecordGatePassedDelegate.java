package com.regionops.gate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录节点通过: minutes approved with 通过 or 有条件通过; successor gates may start. */
@Component("recordGatePassedDelegate")
public class RecordGatePassedDelegate implements JavaDelegate {

  private final GateReviewService reviews;

  public RecordGatePassedDelegate(GateReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.passed(((Number) execution.getVariable(GateProcess.GATE_REVIEW_ID)).longValue(),
        (String) execution.getVariable(GateProcess.CONCLUSION));
  }
}
