package com.regionops.operating;

import static com.regionops.operating.TargetDecompositionProcess.REVIEW_COMMENT;
import static com.regionops.operating.TargetDecompositionProcess.REVIEW_OUTCOME;

import com.regionops.platform.security.ActingUser;
import com.regionops.platform.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * 审核目标分解 completed: the function's answer is checked and stored once. The version is the one
 * this instance claimed and the function is the task's candidate group (which only camunda-admin
 * may change: TaskCommandGuard) — never what the completion's variables say.
 */
@Component("recordSplitReviewListener")
public class RecordSplitReviewListener implements org.camunda.bpm.engine.delegate.TaskListener {

  private final TargetService targets;

  public RecordSplitReviewListener(TargetService targets) {
    this.targets = targets;
  }

  @Override
  public void notify(DelegateTask task) {
    String function = task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).filter(g -> g != null && Groups.isFunction(g)).findFirst()
        .orElseThrow(() -> new IllegalStateException("审核目标分解 without a function group: " + task.getId()));
    targets.recordReview(task.getProcessInstanceId(), function, task.getVariable(REVIEW_OUTCOME),
        task.getVariable(REVIEW_COMMENT), ActingUser.of(task.getProcessEngineServices()));
  }
}
