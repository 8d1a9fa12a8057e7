package com.regionops.risk;

import static com.regionops.risk.RiskProcesses.ESCALATE_TO_GROUP;
import static com.regionops.risk.RiskProcesses.NODE_NAME;

import com.regionops.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 催办纠偏审核: the review is past its response days. */
@Component("remindCorrectionReviewDelegate")
public class RemindCorrectionReviewDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public RemindCorrectionReviewDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.notifyOnce("correction-review-due:" + execution.getProcessInstanceId(),
        (String) execution.getVariable(ESCALATE_TO_GROUP), "纠偏措施待审核已超时：" + execution.getVariable(NODE_NAME),
        "请在响应时限内审核纠偏措施。", execution.getBusinessKey());
  }
}
