package com.regionops.partner;

import com.regionops.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin steps of partner-matter: each reads the instance's variables and calls {@link PartnerMatterService}. */
@Configuration
class PartnerMatterSteps {

  /** 审批合作方事项: the answer of this step of the chain is kept (checkReviewListener checked it first). */
  @Bean("recordPartnerApprovalListener")
  TaskListener recordApproval(PartnerMatterService matters) {
    return task -> {
      Object loop = task.getExecution().getVariable("loopCounter");
      var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      matters.recordApproval(matterId(task.getExecution()), loop instanceof Number n ? n.intValue() + 1 : 1,
          (String) task.getVariable("approverGroup"), (String) task.getVariable(PartnerMatterProcess.REVIEW),
          task.getVariable(PartnerMatterProcess.REVIEW_COMMENT) instanceof String c && !c.isBlank() ? c.strip() : null,
          authentication != null ? authentication.getUserId() : task.getAssignee() != null ? task.getAssignee() : "system");
    };
  }

  /** 归档合作方事项: approved; the submitter is told. */
  @Bean("approvePartnerMatterDelegate")
  JavaDelegate approve(PartnerMatterService matters, NotificationService notifications) {
    return execution -> tell(notifications, execution, matters.decide(matterId(execution), true), "已同意", "");
  }

  /** 记录不同意: the submitter is told why. */
  @Bean("rejectPartnerMatterDelegate")
  JavaDelegate reject(PartnerMatterService matters, NotificationService notifications) {
    return execution -> tell(notifications, execution, matters.decide(matterId(execution), false), "未获同意",
        "：" + execution.getVariable(PartnerMatterProcess.REVIEW_COMMENT));
  }

  private static void tell(NotificationService notifications, DelegateExecution execution, PartnerMatter matter,
      String outcome, String reason) {
    notifications.notifyOnce("partner-matter:" + matter.id() + ":" + matter.status(), matter.requestedBy(),
        "合作方事项" + outcome + "：" + matter.title(), matter.kind().label() + "「" + matter.title() + "」" + outcome
            + reason, execution.getProcessBusinessKey());
  }

  static long matterId(DelegateExecution execution) {
    return ((Number) execution.getVariable(PartnerMatterProcess.MATTER_ID)).longValue();
  }
}
