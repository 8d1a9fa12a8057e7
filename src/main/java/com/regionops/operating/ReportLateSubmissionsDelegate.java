package com.regionops.operating;


import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.notification.NotificationService;
import com.regionops.platform.security.Groups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通报逾期未交: at the deadline, region-ops learns once which offices are late. */
@Component("reportLateSubmissionsDelegate")
public class ReportLateSubmissionsDelegate implements JavaDelegate {

  private final OperatingReviewService reviews;
  private final NotificationService notifications;

  public ReportLateSubmissionsDelegate(OperatingReviewService reviews, NotificationService notifications) {
    this.reviews = reviews;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reviewId = reviews.reviewOf(execution.getProcessInstanceId()).id();
    List<String> late = SubmissionTasks.openProjects(execution);
    if (!late.isEmpty()) {
      notifications.notifyOnce("operating-late:" + reviewId, Groups.REGION_OPS,
          "经营分析资料逾期未交：" + execution.getVariable(ReviewMeetingProcess.MEETING_TITLE),
          "未提交的项目：" + String.join("、", late), execution.getBusinessKey());
    }
  }
}
