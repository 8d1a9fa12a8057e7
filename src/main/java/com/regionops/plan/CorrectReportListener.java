package com.regionops.plan;

import static com.regionops.plan.NodeCompletionProcess.*;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On 修改节点填报: the office resubmits (the date and note checked again, every required 阶段成果
 * present) or withdraws the report.
 */
@Component("correctReportListener")
public class CorrectReportListener implements TaskListener {

  private final NodeCompletionService service;
  private final CheckDeliverablesListener deliverables;

  public CorrectReportListener(NodeCompletionService service, CheckDeliverablesListener deliverables) {
    this.service = service;
    this.deliverables = deliverables;
  }

  @Override
  public void notify(DelegateTask task) {
    Object action = task.getVariable(CORRECTION_ACTION);
    if (WITHDRAW.equals(action)) {
      return;
    }
    if (!RESUBMIT.equals(action)) {
      throw InputRejectedException.badInput(CORRECTION_ACTION, "请选择：修改后重新提交，或撤回本次填报");
    }
    deliverables.check(task);
    NodeCompletion report = service.resubmit(((Number) task.getVariable(COMPLETION_ID)).longValue(),
        task.getVariable(ACTUAL_FINISH), task.getVariable(NOTE));
    DelegateExecution instance = task.getExecution().getProcessInstance();
    instance.setVariable(ACTUAL_FINISH, report.actualFinish().toString());
    instance.removeVariable(COMPLETION_REVIEW);
  }
}
