package com.regionops.policy;

import static com.regionops.policy.PolicyProcess.*;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 阅读制度 is completed by the member themself, with 已阅知悉 ticked (checked again for engine REST callers). */
@Component("checkPolicyAcknowledgementListener")
public class CheckPolicyAcknowledgementListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PolicySteps.requireMember(task);
    if (!Boolean.TRUE.equals(task.getVariable(ACKNOWLEDGED))) {
      throw InputRejectedException.badInput(ACKNOWLEDGED, "请阅读制度后勾选“已阅知悉”再提交");
    }
  }
}
