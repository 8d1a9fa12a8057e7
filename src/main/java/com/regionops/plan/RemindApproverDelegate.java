package com.regionops.plan;

import static com.regionops.plan.PlanAdjustmentProcess.ADJUSTMENT_ID;
import static com.regionops.plan.PlanAdjustmentProcess.APPROVER_GROUP;
import static com.regionops.plan.PlanAdjustmentProcess.NODE_NAME;

import com.regionops.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提醒审批人: the step's SLA has passed. */
@Component("remindApproverDelegate")
public class RemindApproverDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public RemindApproverDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object step = execution.getVariable(PlanAdjustmentProcess.LOOP_COUNTER);
    notifications.notifyOnce("adjustment-sla:" + execution.getVariable(ADJUSTMENT_ID) + ":" + step,
        (String) execution.getVariable(APPROVER_GROUP), "计划调整待审批已超时：" + execution.getVariable(NODE_NAME),
        "请尽快审批。", execution.getBusinessKey());
  }
}
