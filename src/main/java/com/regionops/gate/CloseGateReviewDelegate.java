package com.regionops.gate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 关闭节点评审: every decision of the meeting is verified; the round is CLOSED. */
@Component("closeGateReviewDelegate")
public class CloseGateReviewDelegate implements JavaDelegate {

  private final GateReviewService reviews;

  public CloseGateReviewDelegate(GateReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.closed(((Number) execution.getVariable(GateProcess.GATE_REVIEW_ID)).longValue());
  }
}
