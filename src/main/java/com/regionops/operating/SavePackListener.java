package com.regionops.operating;

import static com.regionops.operating.OperatingReviewProcess.PACK_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审核区域经营分析材料 completed: the region pack's reference is required and kept. */
@Component("savePackListener")
public class SavePackListener implements TaskListener {

  private final OperatingReviewService reviews;

  public SavePackListener(OperatingReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    reviews.savePackReference(task.getProcessInstanceId(), task.getVariable(PACK_REFERENCE));
  }
}
