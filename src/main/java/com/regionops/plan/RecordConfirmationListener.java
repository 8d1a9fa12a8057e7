package com.regionops.plan;

import static com.regionops.plan.NodeCompletionProcess.*;

import com.regionops.platform.web.InputRejectedException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On 确认节点完成: checks the answer, adds it to the report's trail, sets the outcome the process
 * routes on and clears the form's fields for the next confirmer. As with plan adjustments, the
 * loop's own state is checked against the report row, which no confirmer can write.
 */
@Component("recordConfirmationListener")
public class RecordConfirmationListener implements TaskListener {

  private final NodeCompletionService service;
  private final ApprovalChain chain;

  public RecordConfirmationListener(NodeCompletionService service, ApprovalChain chain) {
    this.service = service;
    this.chain = chain;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(CONFIRMATION_DECISION);
    Object comment = task.getVariable(CONFIRMATION_COMMENT);
    if (!CONFIRMED.equals(decision) && !RETURNED.equals(decision)) {
      throw InputRejectedException.badInput(CONFIRMATION_DECISION, "请选择确认结果：确认完成或退回");
    }
    if (RETURNED.equals(decision) && (!(comment instanceof String text) || text.isBlank())) {
      throw InputRejectedException.badInput(CONFIRMATION_COMMENT, "退回时请写明原因，项目公司据此修改");
    }
    if (comment instanceof String text && text.length() > NodeCompletionService.MAX_NOTE_LENGTH) {
      throw InputRejectedException.badInput(CONFIRMATION_COMMENT, "不超过 " + NodeCompletionService.MAX_NOTE_LENGTH + " 个字符");
    }
    Object loopCounter = task.getExecution().getVariable(LOOP_COUNTER);
    if (!(loopCounter instanceof Number counter)) {
      // two confirmers completed the same step at once and the other one's step already ended
      throw new org.camunda.bpm.engine.OptimisticLockingException("Confirmation step completed concurrently");
    }
    NodeCompletion report = service.byProcessInstance(task.getProcessInstanceId());
    List<String> steps = chain.steps(report.confirmerChain());
    int index = counter.intValue();
    requireUnchanged(LOOP_COUNTER, index == service.stepsThisRound(report));
    requireUnchanged(NR_OF_INSTANCES, Integer.valueOf(steps.size()).equals(task.getExecution().getVariable(NR_OF_INSTANCES)));
    requireUnchanged(CONFIRMER_CHAIN, report.confirmerChain().equals(task.getVariable(CONFIRMER_CHAIN)));
    requireUnchanged(CONFIRMER_GROUP, index < steps.size() && steps.get(index).equals(task.getVariable(CONFIRMER_GROUP)));
    Authentication confirmer = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String text = comment instanceof String c && !c.isBlank() ? c.strip() : null;
    service.recordStep(report, index + 1, steps.get(index), confirmer == null ? null : confirmer.getUserId(),
        (String) decision, text);
    DelegateExecution instance = task.getExecution().getProcessInstance();
    instance.setVariable(COMPLETION_REVIEW, decision);
    if (RETURNED.equals(decision)) {
      instance.setVariable(RETURN_REASON, text);
    }
    instance.removeVariable(CONFIRMATION_DECISION);
    instance.removeVariable(CONFIRMATION_COMMENT);
  }

  private static void requireUnchanged(String variable, boolean unchanged) {
    if (!unchanged) {
      throw InputRejectedException.badInput(variable, "确认流程的控制变量不能在确认时修改");
    }
  }
}
