package com.regionops.projectsupport;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 组建帮扶小组: a leader and members of the region's staff, a plan, the visits planned, a goal that exists. */
@Component("checkTeamListener")
public class CheckTeamListener implements TaskListener {

  private final SupportService support;

  public CheckTeamListener(SupportService support) {
    this.support = support;
  }

  @Override
  public void notify(DelegateTask task) {
    support.checkTeam(((Number) task.getVariable(SupportProcess.CASE_ID)).longValue(), task::getVariable);
  }
}
