package com.regionops.training;

import static com.regionops.training.TrainingPlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 登记审批结果: the plan approved (frozen) or returned with the comment; the gateway reads which. */
@Component("recordTrainingPlanReviewDelegate")
public class RecordTrainingPlanReviewDelegate implements JavaDelegate {

  private final TrainingPlanService plans;

  public RecordTrainingPlanReviewDelegate(TrainingPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    boolean approved = plans.review(((Number) execution.getVariable(PLAN_ID)).longValue(),
        execution.getVariable(REVIEW), execution.getVariable(REVIEW_COMMENT), user == null ? null : user.getUserId(),
        execution::setVariable);
    execution.setVariable(APPROVED, approved);
  }
}
