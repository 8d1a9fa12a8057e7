package com.regionops.performance;

import static com.regionops.performance.PerformancePlanProcess.APPROVED;
import static com.regionops.performance.PerformancePlanProcess.RETURNED;

import com.regionops.notification.NotificationService;
import com.regionops.operating.FunctionReviewProcess;
import com.regionops.operating.FunctionReviews;
import com.regionops.platform.security.ActingUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin steps of performance-plan: each reads the instance's variables and calls {@link PerformancePlanService}. */
@Configuration
class PerformancePlanSteps {

  /** Who decided last (the president or group-ops), for the plan's decided_by. */
  static final String DECIDED_BY = "planDecidedBy";

  /**
   * 登记业绩规划版本: runs inside the start. Only a plan our API has just validated and stored can be taken, so a
   * start around the API cannot approve something nobody checked.
   */
  @Bean("openPerformancePlanDelegate")
  JavaDelegate open(PerformancePlanService plans) {
    return execution -> {
      Object id = execution.getVariable(PerformancePlanProcess.PLAN_ID);
      if (!(id instanceof Number planId)) {
        throw InputRejectedException.badInput(PerformancePlanProcess.PLAN_ID, "缺少业绩规划版本");
      }
      Object region = execution.getVariable(PerformancePlanProcess.REGION_CODE);
      plans.claim(planId.longValue(), region instanceof String r ? r : null, execution.getProcessInstanceId());
    };
  }

  /** 登记职能意见: function-review's answers, kept with the plan. */
  @Bean("recordPlanReviewsDelegate")
  JavaDelegate recordReviews(PerformancePlanService plans) {
    return execution -> plans.recordReviews(execution.getProcessInstanceId(),
        FunctionReviews.read(execution.getVariable(FunctionReviewProcess.REVIEWS)));
  }

  /**
   * 区域总裁审批 / 集团运营中心审批 completed: approve or return; a return says why, since region-ops redrafts from
   * it. The answer is kept with the plan.
   */
  @Bean("recordPlanDecisionListener")
  TaskListener recordDecision(PerformancePlanService plans) {
    return task -> record(plans, task);
  }

  static void record(PerformancePlanService plans, DelegateTask task) {
    boolean president = PerformancePlanProcess.TASK_PRESIDENT.equals(task.getTaskDefinitionKey());
    String decisionName = president ? PerformancePlanProcess.PRESIDENT_DECISION : PerformancePlanProcess.GROUP_DECISION;
    String commentName = president ? PerformancePlanProcess.PRESIDENT_COMMENT : PerformancePlanProcess.GROUP_COMMENT;
    Object decision = task.getVariable(decisionName);
    if (!APPROVED.equals(decision) && !RETURNED.equals(decision)) {
      throw InputRejectedException.badInput(decisionName, "请选择审批结果：批准或退回");
    }
    Object comment = task.getVariable(commentName);
    if (comment != null && !(comment instanceof String)) {
      throw InputRejectedException.badInput(commentName, "意见须为文字");
    }
    String text = comment == null || ((String) comment).isBlank() ? null : ((String) comment).strip();
    if (RETURNED.equals(decision) && text == null) {
      throw InputRejectedException.badInput(commentName, "退回时请填写意见");
    }
    if (text != null && text.length() > 1000) {
      throw InputRejectedException.badInput(commentName, "意见不超过 1000 字");
    }
    String user = ActingUser.of(task.getProcessEngineServices());
    plans.recordDecision(task.getProcessInstanceId(),
        president ? PerformancePlanProcess.STAGE_PRESIDENT : PerformancePlanProcess.STAGE_GROUP,
        president ? Groups.REGION_PRESIDENT : Groups.GROUP_OPS, (String) decision, text, user);
    task.getExecution().setVariable(DECIDED_BY, user);
  }

  /** 冻结业绩规划: approved by group-ops; the previous approved version is superseded, region-ops is told. */
  @Bean("approvePerformancePlanDelegate")
  JavaDelegate approve(PerformancePlanService plans, NotificationService notifications) {
    return execution -> {
      Object comment = execution.getVariable(PerformancePlanProcess.GROUP_COMMENT);
      PerformancePlan plan = plans.approve(execution.getProcessInstanceId(),
          (String) execution.getVariable(DECIDED_BY), comment instanceof String c && !c.isBlank() ? c.strip() : null);
      notifications.notifyOnce("performance-plan:" + plan.id() + ":APPROVED", Groups.REGION_OPS,
          plan.regionCode() + " " + PerformancePlanService.title(plan) + " 已批准",
          "集团运营中心已批准，该版本冻结为本区域业绩规划；如需调整须提交新版本。", execution.getProcessBusinessKey());
    };
  }

  /** 退回业绩规划: returned by the president or group-ops with the comment; region-ops submits a new version. */
  @Bean("returnPerformancePlanDelegate")
  JavaDelegate giveBack(PerformancePlanService plans, NotificationService notifications) {
    return execution -> {
      boolean byGroup = RETURNED.equals(execution.getVariable(PerformancePlanProcess.GROUP_DECISION));
      String comment = (String) execution.getVariable(byGroup ? PerformancePlanProcess.GROUP_COMMENT
          : PerformancePlanProcess.PRESIDENT_COMMENT);
      PerformancePlan plan = plans.giveBack(execution.getProcessInstanceId(),
          (String) execution.getVariable(DECIDED_BY), comment == null ? null : comment.strip());
      notifications.notifyOnce("performance-plan:" + plan.id() + ":RETURNED", Groups.REGION_OPS,
          plan.regionCode() + " " + PerformancePlanService.title(plan) + " 已退回",
          (byGroup ? "集团运营中心" : "区域总裁") + "意见：" + plan.decisionComment(), execution.getProcessBusinessKey());
    };
  }
}
