package com.regionops.operating;

import static com.regionops.operating.OperatingReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 提交经营分析资料 opens for one project: its own target grades as they stand at the start (the
 * region pack is graded again once every office has submitted), and its own
 * (empty) answer variables on its execution, so parallel offices never see each other's text.
 */
@Component("openSubmissionListener")
public class OpenSubmissionListener implements TaskListener {

  private final OperatingReviewService reviews;

  public OpenSubmissionListener(OperatingReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariableLocal(REPORT_REFERENCE, null);
    task.getExecution().setVariableLocal(ANALYSIS_SUMMARY, null);
    task.getExecution().setVariableLocal(PROJECT_GRADES,
        reviews.projectGrades(task.getProcessInstanceId(), SubmissionTasks.projectOf(task)));
  }
}
