package com.regionops.plan;

import static com.regionops.plan.PlanAdjustmentProcess.ADJUSTMENT_ID;
import static com.regionops.plan.PlanAdjustmentProcess.APPLICANT;
import static com.regionops.plan.PlanAdjustmentProcess.NODE_NAME;

import com.regionops.notification.NotificationService;
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
    long id = ((Number) execution.getVariable(ADJUSTMENT_ID)).longValue();
    service.reject(id);
    String reasons = service.approvals(id).stream().filter(a -> PlanAdjustmentProcess.REJECTED.equals(a.decision()))
        .map(a -> a.approverGroup() + "：" + a.commentText()).findFirst().orElse("");
    notifications.notifyOnce("adjustment-rejected:" + id, (String) execution.getVariable(APPLICANT),
        "计划调整被驳回：" + execution.getVariable(NODE_NAME), reasons, execution.getBusinessKey());
  }
}
