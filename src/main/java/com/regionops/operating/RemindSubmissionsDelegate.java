package com.regionops.operating;


import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.notification.NotificationService;
import com.regionops.platform.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 催办经营分析资料: the day before the deadline, each office that has not submitted is told once. */
@Component("remindSubmissionsDelegate")
public class RemindSubmissionsDelegate implements JavaDelegate {

  private final OperatingReviewService reviews;
  private final NotificationService notifications;

  public RemindSubmissionsDelegate(OperatingReviewService reviews, NotificationService notifications) {
    this.reviews = reviews;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reviewId = reviews.reviewOf(execution.getProcessInstanceId()).id();
    Object title = execution.getVariable(ReviewMeetingProcess.MEETING_TITLE);
    for (String project : SubmissionTasks.openProjects(execution)) {
      notifications.notifyOnce("operating-remind:" + reviewId + ":" + project, Groups.office(project),
          "经营分析资料明天截止：" + title, "请在 Tasklist 的「提交经营分析资料」中提交报告编号与经营概述。",
          execution.getBusinessKey());
    }
  }
}
