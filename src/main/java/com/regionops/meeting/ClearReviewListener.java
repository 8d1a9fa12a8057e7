package com.regionops.meeting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a review task (资料审核, 纪要审批, 决议核验) comes round again, the previous round's answer
 * and comment are cleared, so the reviewer starts blank instead of finding "退回" preselected.
 * The person who redid the work has seen the comment by then.
 */
@Component("clearReviewListener")
public class ClearReviewListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String[] names = CheckReviewListener.REVIEWS.get(task.getTaskDefinitionKey());
    if (names == null) {
      throw new IllegalStateException("clearReviewListener is not configured for " + task.getTaskDefinitionKey());
    }
    task.getExecution().getProcessInstance().removeVariable(names[0]);
    task.getExecution().getProcessInstance().removeVariable(names[1]);
  }
}
