package com.regionops.operating;

import static com.regionops.operating.TargetDecompositionProcess.REVIEW_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总职能意见: the functions' answers, as the president reads them in the approval form. */
@Component("summarizeSplitReviewsDelegate")
public class SummarizeSplitReviewsDelegate implements JavaDelegate {

  private final TargetService targets;

  public SummarizeSplitReviewsDelegate(TargetService targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(REVIEW_SUMMARY, targets.reviewSummary(execution.getProcessInstanceId()));
  }
}
