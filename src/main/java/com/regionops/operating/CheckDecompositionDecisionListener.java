package com.regionops.operating;

import static com.regionops.operating.TargetDecompositionProcess.APPROVED;
import static com.regionops.operating.TargetDecompositionProcess.DECISION;
import static com.regionops.operating.TargetDecompositionProcess.DECISION_COMMENT;
import static com.regionops.operating.TargetDecompositionProcess.REJECTED;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审批目标分解: approve or reject; a rejection says why, since region-ops redrafts from it. */
@Component("checkDecompositionDecisionListener")
public class CheckDecompositionDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(DECISION);
    if (!APPROVED.equals(decision) && !REJECTED.equals(decision)) {
      throw InputRejectedException.badInput(DECISION, "请选择审批结果：批准或退回");
    }
    Object comment = task.getVariable(DECISION_COMMENT);
    if (comment != null && !(comment instanceof String)) {
      throw InputRejectedException.badInput(DECISION_COMMENT, "意见须为文字");
    }
    if (REJECTED.equals(decision) && (!(comment instanceof String text) || text.isBlank())) {
      throw InputRejectedException.badInput(DECISION_COMMENT, "退回时请填写意见");
    }
    if (comment instanceof String text && text.length() > 1000) {
      throw InputRejectedException.badInput(DECISION_COMMENT, "意见不超过 1000 字");
    }
  }
}
