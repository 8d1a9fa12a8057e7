package com.regionops.target;

import static com.regionops.target.TargetDecompositionProcess.REVIEW_COMMENT;
import static com.regionops.target.TargetDecompositionProcess.REVIEW_FUNCTION;
import static com.regionops.target.TargetDecompositionProcess.REVIEW_OUTCOME;
import static com.regionops.target.TargetDecompositionProcess.VERSION_ID;

import com.regionops.platform.ActingUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审核目标分解 completed: the function's answer is checked and stored (a rerun keeps the first). */
@Component("recordSplitReviewListener")
public class RecordSplitReviewListener implements TaskListener {

  private final TargetService targets;

  public RecordSplitReviewListener(TargetService targets) {
    this.targets = targets;
  }

  @Override
  public void notify(DelegateTask task) {
    targets.recordReview(((Number) task.getVariable(VERSION_ID)).longValue(), (String) task.getVariable(REVIEW_FUNCTION),
        (String) task.getVariable(REVIEW_OUTCOME), (String) task.getVariable(REVIEW_COMMENT),
        ActingUser.of(task.getProcessEngineServices()));
  }
}
