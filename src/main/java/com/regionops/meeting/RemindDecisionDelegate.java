package com.regionops.meeting;

import static com.regionops.meeting.DecisionFollowupProcess.CONTENT;
import static com.regionops.meeting.DecisionFollowupProcess.DECISION_ID;
import static com.regionops.meeting.DecisionFollowupProcess.OWNER_GROUP;
import static com.regionops.meeting.DecisionFollowupProcess.OWNER_USER;

import com.regionops.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提醒决议到期: the owner hears once, a few days before the due date. */
@Component("remindDecisionDelegate")
public class RemindDecisionDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public RemindDecisionDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object owner = execution.getVariable(OWNER_USER) != null ? execution.getVariable(OWNER_USER)
        : execution.getVariable(OWNER_GROUP);
    notifications.notifyOnce("decision-due:" + execution.getVariable(DECISION_ID), String.valueOf(owner),
        "会议决议即将到期", String.valueOf(execution.getVariable(CONTENT)), execution.getBusinessKey());
  }
}
