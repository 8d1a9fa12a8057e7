package com.regionops.operating;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记职能意见: the answers function-review handed back are stored with the version this instance claimed
 * (once per function: a rerun keeps the first). The president reads function-review's summary.
 */
@Component("recordSplitReviewsDelegate")
public class RecordSplitReviewsDelegate implements JavaDelegate {

  private final TargetService targets;

  public RecordSplitReviewsDelegate(TargetService targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    targets.recordReviews(execution.getProcessInstanceId(),
        FunctionReviews.read(execution.getVariable(FunctionReviewProcess.REVIEWS)));
  }
}
