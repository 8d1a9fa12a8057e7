package com.regionops.plan;

import static com.regionops.plan.PlanAdjustmentProcess.*;

import com.regionops.platform.web.InputRejectedException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On 审批计划调整: checks the answer, adds it to the trail, sets the outcome the process routes
 * on, and clears the form's fields so the next approver in the chain starts blank.
 *
 * <p>A candidate may write any process variable with the completion (engine REST, Tasklist), so the
 * loop's own state is checked against the request row, which no approver can write: the chain
 * (stored when the request was opened), the step (the answers recorded so far) and the loop's
 * size. A completion that changed any of them is refused, naming the variable, and nothing of it stays.
 */
@Component("recordApprovalListener")
public class RecordApprovalListener implements TaskListener {

  private final PlanAdjustmentService service;
  private final ApprovalChain chain;

  public RecordApprovalListener(PlanAdjustmentService service, ApprovalChain chain) {
    this.service = service;
    this.chain = chain;
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
    Object loopCounter = task.getExecution().getVariable(LOOP_COUNTER);
    if (!(loopCounter instanceof Number counter)) {
      // Two approvers completed the same step at once and the other one's step already ended.
      throw new org.camunda.bpm.engine.OptimisticLockingException("Approval step completed concurrently");
    }
    PlanAdjustmentMapper.ApprovalStep step = service.step(task.getProcessInstanceId());
    List<String> chain = this.chain.steps(step.approverChain());
    int index = counter.intValue();
    requireUnchanged(LOOP_COUNTER, index == step.answered());
    requireUnchanged(NR_OF_INSTANCES, Integer.valueOf(chain.size()).equals(task.getExecution().getVariable(NR_OF_INSTANCES)));
    requireUnchanged(APPROVER_CHAIN, chain.equals(this.chain.ofInstance(task.getExecution())));
    requireUnchanged(APPROVER_GROUP, index < chain.size() && chain.get(index).equals(task.getVariable(APPROVER_GROUP)));
    service.recordApproval(step.adjustmentId(), index + 1, chain.get(index), approver == null ? null : approver.getUserId(),
        (String) decision, comment instanceof String text ? text : null);
    DelegateExecution instance = task.getExecution().getProcessInstance();
    instance.setVariable(ADJUSTMENT_REVIEW, decision);
    instance.removeVariable(APPROVAL_DECISION);
    instance.removeVariable(APPROVAL_COMMENT);
  }

  private static void requireUnchanged(String variable, boolean unchanged) {
    if (!unchanged) {
      throw InputRejectedException.badInput(variable, "审批流程的控制变量不能在审批时修改");
    }
  }
}
