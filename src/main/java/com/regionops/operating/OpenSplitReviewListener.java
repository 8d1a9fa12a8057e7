package com.regionops.operating;

import static com.regionops.operating.TargetDecompositionProcess.REVIEW_COMMENT;
import static com.regionops.operating.TargetDecompositionProcess.REVIEW_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The three functions review in parallel: each review's own execution gets empty answer variables,
 * so a completion (which writes to the task's execution) lands there, and 营销 never finds 财务's
 * answer preselected in its form.
 */
@Component("openSplitReviewListener")
public class OpenSplitReviewListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariableLocal(REVIEW_OUTCOME, null);
    task.getExecution().setVariableLocal(REVIEW_COMMENT, null);
  }
}
