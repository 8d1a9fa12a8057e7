package com.regionops.projectsupport;

import com.regionops.platform.engine.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 保存帮扶进展: the month's report; the case goes to its closing review when its goal is met or its period over. */
@Component("saveProgressDelegate")
public class SaveProgressDelegate implements JavaDelegate {

  private final SupportService support;

  public SaveProgressDelegate(SupportService support) {
    this.support = support;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(SupportProcess.CASE_ID)).longValue();
    Object progress = execution.getVariable(SupportProcess.PROGRESS);
    Authentication by = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    boolean due = support.report(id, String.valueOf(progress),
        Boolean.TRUE.equals(execution.getVariable(SupportProcess.GOAL_MET)),
        by == null || by.getUserId() == null ? String.valueOf(execution.getVariable(SupportProcess.LEADER)) : by.getUserId());
    execution.setVariable(SupportProcess.SUPPORT_DUE, due);
    execution.setVariable(SupportProcess.PROGRESS_SUMMARY, support.summary(id));
    execution.setVariable(SupportProcess.NEXT_REPORT_DATE,
        EngineTime.toDate(SupportService.nextReport(support.supportCase(id).startsOn())));
  }
}
