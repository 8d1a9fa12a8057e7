package com.regionops.projectsupport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结束帮扶: the president ended the case at its closing review. */
@Component("closeSupportDelegate")
public class CloseSupportDelegate implements JavaDelegate {

  private final SupportService support;

  public CloseSupportDelegate(SupportService support) {
    this.support = support;
  }

  @Override
  public void execute(DelegateExecution execution) {
    support.close(((Number) execution.getVariable(SupportProcess.CASE_ID)).longValue());
  }
}
