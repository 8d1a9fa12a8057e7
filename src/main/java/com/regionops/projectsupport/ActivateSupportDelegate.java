package com.regionops.projectsupport;

import com.regionops.platform.engine.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开始帮扶: the team and plan saved, the case 帮扶中, the first monthly report due a month after the start. */
@Component("activateSupportDelegate")
public class ActivateSupportDelegate implements JavaDelegate {

  private final SupportService support;

  public ActivateSupportDelegate(SupportService support) {
    this.support = support;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(SupportProcess.CASE_ID)).longValue();
    execution.setVariable(SupportProcess.NEXT_REPORT_DATE,
        EngineTime.toDate(support.activate(id, execution.getProcessInstanceId(), execution::getVariable)));
  }
}
