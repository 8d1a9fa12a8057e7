package com.regionops.plan;

import static com.regionops.plan.PlanAdjustmentProcess.NODE_NAME;

import com.regionops.notification.NotificationService;
import com.regionops.platform.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录驳回: the request ends REJECTED and the applicant is told. */
@Component("rejectAdjustmentDelegate")
public class RejectAdjustmentDelegate implements JavaDelegate {

  private final PlanAdjustmentService service;
  private final NotificationService notifications;

  public RejectAdjustmentDelegate(PlanAdjustmentService service, NotificationService notifications) {
    this.service = service;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the request row, not the variables an approver can write, says which request and whose
    PlanAdjustment adjustment = service.byProcessInstance(execution.getProcessInstanceId());
    long id = adjustment.id();
    service.reject(id);
    String reasons = service.approvals(id).stream().filter(a -> PlanAdjustmentProcess.REJECTED.equals(a.decision()))
        .map(a -> Groups.nameOf(a.approverGroup()) + "：" + a.commentText()).findFirst().orElse("");
    notifications.notifyOnce("adjustment-rejected:" + id, adjustment.requestedBy(),
        "计划调整被驳回：" + execution.getVariable(NODE_NAME), reasons, execution.getBusinessKey());
  }
}
