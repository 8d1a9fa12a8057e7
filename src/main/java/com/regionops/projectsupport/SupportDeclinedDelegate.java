package com.regionops.projectsupport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 未批准帮扶: the president did not approve the case. */
@Component("supportDeclinedDelegate")
public class SupportDeclinedDelegate implements JavaDelegate {

  private final SupportService support;

  public SupportDeclinedDelegate(SupportService support) {
    this.support = support;
  }

  @Override
  public void execute(DelegateExecution execution) {
    support.declined(((Number) execution.getVariable(SupportProcess.CASE_ID)).longValue());
  }
}
