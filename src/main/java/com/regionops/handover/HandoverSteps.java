package com.regionops.handover;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin steps of handover-date-review: each reads the instance's variables and calls {@link HandoverService}. */
@Configuration
class HandoverSteps {

  /**
   * The business rule task's output: {@code ${handoverCheck.entry(decisionResult, 'result')}}. A table that
   * answers nothing (a product type without a row) stops the start instead of reviewing a date nobody checked.
   */
  @Bean("handoverCheck")
  HandoverCheck handoverCheck() {
    return new HandoverCheck();
  }

  /** 审核合同交楼时间 (create): the table's answer on the review row, for the API and the archive. */
  @Bean("recordHandoverCheckListener")
  TaskListener recordCheck(HandoverService handover) {
    return task -> handover.recordCheck(reviewId(task.getExecution()),
        (String) task.getVariable(HandoverProcess.CHECK_RESULT), (String) task.getVariable(HandoverProcess.CHECK_REASON),
        bufferDays(task.getExecution()));
  }

  /** On both review tasks (complete): who answered, for the closing step. */
  @Bean("noteHandoverDeciderListener")
  TaskListener noteDecider() {
    return task -> task.getExecution().setVariable(HandoverProcess.DECIDED_BY, currentUser(task));
  }

  /** 记录审核结果: the table refused; the review closes REFUSED with its reason and the office is told. */
  @Bean("recordRefusalDelegate")
  JavaDelegate recordRefusal(HandoverService handover) {
    return execution -> handover.refuse(reviewId(execution), (String) execution.getVariable(HandoverProcess.CHECK_RESULT),
        (String) execution.getVariable(HandoverProcess.CHECK_REASON), bufferDays(execution));
  }

  /** 记录退回意见: region-ops or the president returned it, with the comment the office reads. */
  @Bean("recordReturnDelegate")
  JavaDelegate recordReturn(HandoverService handover) {
    return execution -> handover.returned(reviewId(execution), decidedBy(execution), comment(execution));
  }

  /** 保存合同交楼时间: the approved date goes on the project. */
  @Bean("saveHandoverDateDelegate")
  JavaDelegate saveHandoverDate(HandoverService handover) {
    return execution -> handover.approve(reviewId(execution), decidedBy(execution), comment(execution));
  }

  /** The decision's answer, read by name. */
  public static class HandoverCheck {

    public Object entry(DmnDecisionResult result, String name) {
      if (result == null || result.size() != 1 || result.getSingleResult().getEntry(name) == null) {
        throw new IllegalStateException("DMN " + HandoverProcess.DECISION_KEY + " gave no single " + name + ": "
            + (result == null ? null : result.getResultList()));
      }
      return result.getSingleResult().getEntry(name);
    }

    public String resultName(DmnDecisionResult result) {
      return HandoverProcess.resultName((String) entry(result, "result"));
    }
  }

  /** The last answer's comment: the president's when the president answered, else region-ops'. */
  static String comment(DelegateExecution execution) {
    Object approval = execution.getVariable(HandoverProcess.APPROVAL);
    Object comment = approval != null ? execution.getVariable(HandoverProcess.APPROVAL_COMMENT)
        : execution.getVariable(HandoverProcess.REVIEW_COMMENT);
    return comment instanceof String text && !text.isBlank() ? text.strip() : null;
  }

  static String decidedBy(DelegateExecution execution) {
    return execution.getVariable(HandoverProcess.DECIDED_BY) instanceof String user ? user : "system";
  }

  static long reviewId(DelegateExecution execution) {
    return ((Number) execution.getVariable(HandoverProcess.REVIEW_ID)).longValue();
  }

  static Integer bufferDays(DelegateExecution execution) {
    return execution.getVariable(HandoverProcess.BUFFER_DAYS) instanceof Number n ? n.intValue() : null;
  }

  static String currentUser(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null ? authentication.getUserId()
        : task.getAssignee() != null ? task.getAssignee() : "system";
  }
}
