package com.regionops.operating;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 关闭经营分析会: every decision has been verified. */
@Component("closeOperatingReviewDelegate")
public class CloseOperatingReviewDelegate implements JavaDelegate {

  private final OperatingReviewService reviews;

  public CloseOperatingReviewDelegate(OperatingReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.close(execution.getProcessInstanceId());
  }
}
