package com.regionops.coordination;

import com.regionops.notification.NotificationService;
import com.regionops.platform.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 告知未受理: the office that asked hears that region-ops declined, and why. */
@Component("notifyDeclinedDelegate")
public class NotifyDeclinedDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public NotifyDeclinedDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String projectCode = (String) execution.getVariable(CoordinationProcess.PROJECT_CODE);
    notifications.notifyOnce("coordination-declined:" + execution.getProcessInstanceId(), Groups.office(projectCode),
        cut("协调申请未受理：" + execution.getVariable(CoordinationProcess.SUBJECT), 200),
        cut("区域运营管理部意见：" + execution.getVariable(CoordinationProcess.COORDINATION_REVIEW_COMMENT), 2000),
        execution.getProcessBusinessKey());
  }

  /** ro_notification's subject and body lengths. */
  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
