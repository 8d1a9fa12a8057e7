package com.regionops.plan;

import static com.regionops.plan.PlanAdjustmentProcess.APPROVER_GROUP;
import static com.regionops.plan.PlanAdjustmentProcess.NODE_NAME;

import com.regionops.notification.NotificationService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 升级超时审批: two days past the SLA, the next level of the chain (or the president) is told. */
@Component("escalateApprovalDelegate")
public class EscalateApprovalDelegate implements JavaDelegate {

  private final PlanAdjustmentService service;
  private final ApprovalChain chain;
  private final NotificationService notifications;

  public EscalateApprovalDelegate(PlanAdjustmentService service, ApprovalChain chain,
      NotificationService notifications) {
    this.service = service;
    this.chain = chain;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int step = ((Number) execution.getVariable(PlanAdjustmentProcess.LOOP_COUNTER)).intValue();
    // the chain stored with the request: the variables of the loop are the approvers' to write
    PlanAdjustment adjustment = service.byProcessInstance(execution.getProcessInstanceId());
    List<String> groups = chain.steps(adjustment.approverChain());
    notifications.notifyOnce("adjustment-escalated:" + adjustment.id() + ":" + step,
        chain.escalationTarget(groups, step), "计划调整审批超时未处理：" + execution.getVariable(NODE_NAME),
        "待 " + execution.getVariable(APPROVER_GROUP) + " 审批已超过时限两天，请督办。", execution.getBusinessKey());
  }
}
