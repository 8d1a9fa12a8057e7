package com.regionops.meeting;

import static com.regionops.meeting.DecisionFollowupProcess.COMPLETED_ON;
import static com.regionops.meeting.DecisionFollowupProcess.EVIDENCE;

import com.regionops.platform.engine.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记落实情况: the owner's evidence, checked, on the decision row. */
@Component("reportDecisionDoneDelegate")
public class ReportDecisionDoneDelegate implements JavaDelegate {

  private final MeetingService meetings;

  public ReportDecisionDoneDelegate(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String evidence = (String) execution.getVariable(EVIDENCE);
    Object completedOn = execution.getVariable(COMPLETED_ON);
    MeetingService.checkEvidence(evidence, completedOn);
    meetings.reportDone(meetings.decisionOf(execution.getProcessInstanceId()).id(), evidence.trim(),
        EngineTime.parseDateTime(completedOn).toLocalDate());
  }
}
