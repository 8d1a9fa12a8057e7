package com.regionops.gate;

import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录节点未通过: the round ends FAILED and the office is told to rework and apply again. */
@Component("recordGateFailedDelegate")
public class RecordGateFailedDelegate implements JavaDelegate {

  private final GateReviewService reviews;
  private final NotificationService notifications;

  public RecordGateFailedDelegate(GateReviewService reviews, NotificationService notifications) {
    this.reviews = reviews;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reviewId = ((Number) execution.getVariable(GateProcess.GATE_REVIEW_ID)).longValue();
    reviews.failed(reviewId, (String) execution.getVariable(GateProcess.CONCLUSION));
    notifications.notifyOnce("gate-failed:" + reviewId, (String) execution.getVariable(ReviewMeetingProcess.OFFICE_GROUP),
        execution.getVariable(ReviewMeetingProcess.MEETING_TITLE) + " 未通过",
        "会议结论为不通过，请按会议纪要整改后重新申请上会。", execution.getBusinessKey());
  }
}
