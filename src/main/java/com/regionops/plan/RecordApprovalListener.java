package com.regionops.plan;

import static com.regionops.plan.PlanAdjustmentProcess.*;

import com.regionops.platform.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On 审批计划调整: checks the answer, adds it to the trail, sets the outcome the process routes
 * on, and clears the form's fields so the next approver in the chain starts blank.
 */
@Component("recordApprovalListener")
public class RecordApprovalListener implements TaskListener {

  private final PlanAdjustmentService service;

  public RecordApprovalListener(PlanAdjustmentService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(APPROVAL_DECISION);
    Object comment = task.getVariable(APPROVAL_COMMENT);
    if (!APPROVED.equals(decision) && !REJECTED.equals(decision)) {
      throw InputRejectedException.badInput(APPROVAL_DECISION, "请选择审批结果：同意或驳回");
    }
    if (REJECTED.equals(decision) && (!(comment instanceof String text) || text.isBlank())) {
      throw InputRejectedException.badInput(APPROVAL_COMMENT, "驳回时请填写意见");
    }
    Authentication approver = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Object loopCounter = task.getExecution().getVariable("loopCounter");
    if (!(loopCounter instanceof Number counter)) {
      // Two approvers completed the same step at once and the other one's step already ended.
      throw new org.camunda.bpm.engine.OptimisticLockingException("Approval step completed concurrently");
    }
    int step = counter.intValue() + 1;
    service.recordApproval(((Number) task.getVariable(ADJUSTMENT_ID)).longValue(), step,
        (String) task.getVariable(APPROVER_GROUP), approver == null ? null : approver.getUserId(), (String) decision,
        comment instanceof String text ? text : null);
    DelegateExecution instance = task.getExecution().getProcessInstance();
    instance.setVariable(ADJUSTMENT_REVIEW, decision);
    instance.removeVariable(APPROVAL_DECISION);
    instance.removeVariable(APPROVAL_COMMENT);
  }
}
