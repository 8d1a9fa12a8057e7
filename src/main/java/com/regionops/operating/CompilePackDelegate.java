package com.regionops.operating;

import static com.regionops.operating.OperatingReviewProcess.PACK_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总区域经营分析: target grades and the offices' submissions, for region-ops to review. */
@Component("compilePackDelegate")
public class CompilePackDelegate implements JavaDelegate {

  private final OperatingReviewService reviews;

  public CompilePackDelegate(OperatingReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PACK_SUMMARY, reviews.compilePack(execution.getProcessInstanceId()));
  }
}
