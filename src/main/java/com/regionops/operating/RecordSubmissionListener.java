package com.regionops.operating;

import static com.regionops.operating.OperatingReviewProcess.*;

import com.regionops.platform.security.ActingUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 提交经营分析资料 completed: checked and kept for the region pack. */
@Component("recordSubmissionListener")
public class RecordSubmissionListener implements TaskListener {

  private final OperatingReviewService reviews;

  public RecordSubmissionListener(OperatingReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    reviews.submit(task.getProcessInstanceId(), SubmissionTasks.projectOf(task),
        task.getVariable(REPORT_REFERENCE), task.getVariable(ANALYSIS_SUMMARY),
        ActingUser.of(task.getProcessEngineServices()));
  }
}
