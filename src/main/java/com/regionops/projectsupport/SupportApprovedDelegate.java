package com.regionops.projectsupport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 批准帮扶: the president approved; the team is to be formed. */
@Component("supportApprovedDelegate")
public class SupportApprovedDelegate implements JavaDelegate {

  private final SupportService support;

  public SupportApprovedDelegate(SupportService support) {
    this.support = support;
  }

  @Override
  public void execute(DelegateExecution execution) {
    support.approved(((Number) execution.getVariable(SupportProcess.CASE_ID)).longValue());
  }
}
