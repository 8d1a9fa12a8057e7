package com.regionops.projectsupport;

import com.regionops.platform.engine.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 延续帮扶: the case runs to its new end; the monthly reports go on. */
@Component("extendSupportDelegate")
public class ExtendSupportDelegate implements JavaDelegate {

  private final SupportService support;

  public ExtendSupportDelegate(SupportService support) {
    this.support = support;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(SupportProcess.CASE_ID)).longValue();
    var ends = EngineTime.parseDateTime(execution.getVariable(SupportProcess.NEW_ENDS_ON)).toLocalDate();
    support.extend(id, ends);
    execution.setVariable(SupportProcess.ENDS_ON, ends.toString());
    execution.setVariable(SupportProcess.NEXT_REPORT_DATE,
        EngineTime.toDate(SupportService.nextReport(support.supportCase(id).startsOn())));
  }
}
