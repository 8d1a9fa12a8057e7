package com.regionops.coordination;

import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingService;
import com.regionops.notification.NotificationService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.Groups;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * 协调会逾期未开: on its due day, a 协调会 not yet held (or scheduled later than the rule allows) is
 * escalated to the president and region-ops are told, like any other late step of the department.
 */
@Component("escalateLateMeetingDelegate")
public class EscalateLateMeetingDelegate implements JavaDelegate {

  private final MeetingService meetings;
  private final NotificationService notifications;

  public EscalateLateMeetingDelegate(MeetingService meetings, NotificationService notifications) {
    this.meetings = meetings;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime due = EngineTime.parseDateTime(execution.getVariable(CoordinationProcess.MEETING_DUE_BY));
    ProcessInstance meetingInstance = execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceQuery().superProcessInstanceId(execution.getProcessInstanceId()).singleResult();
    Meeting meeting = meetingInstance == null ? null : meetings.recordedBy(meetingInstance.getId()).orElse(null);
    if (meeting != null && meeting.scheduledAt() != null && !meeting.scheduledAt().toLocalDate().isAfter(due.toLocalDate())) {
      return;
    }
    String subject = "协调会逾期未召开：" + execution.getVariable(CoordinationProcess.SUBJECT);
    String body = "申请后 " + CoordinationProcess.MEETING_WITHIN_DAYS + " 天内应召开，最晚 " + due.toLocalDate()
        + (meeting == null ? "；会议尚未安排" : "；会议安排在 " + meeting.scheduledAt().toLocalDate());
    for (String group : new String[] {Groups.REGION_PRESIDENT, Groups.REGION_OPS}) {
      notifications.notifyOnce("coordination-late:" + execution.getProcessInstanceId() + ":" + group, group,
          subject.length() <= 200 ? subject : subject.substring(0, 199) + "…", body, execution.getProcessBusinessKey());
    }
  }
}
