package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.MEETING_ID;
import static com.regionops.meeting.ReviewMeetingProcess.MEETING_TITLE;

import com.regionops.notification.NotificationService;
import com.regionops.platform.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 催办会议纪要: minutes are overdue; region-ops is told once. */
@Component("remindMinutesDelegate")
public class RemindMinutesDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public RemindMinutesDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object meetingId = execution.getVariable(MEETING_ID);
    notifications.notifyOnce("minutes-overdue:" + meetingId, Groups.REGION_OPS,
        "会议纪要已逾期：" + execution.getVariable(MEETING_TITLE),
        "会后两天内应录入会议纪要，请尽快完成。", execution.getBusinessKey());
  }
}
