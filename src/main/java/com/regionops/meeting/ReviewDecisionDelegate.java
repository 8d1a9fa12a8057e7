package com.regionops.meeting;

import static com.regionops.meeting.DecisionFollowupProcess.DECISION_REVIEW;
import static com.regionops.meeting.DecisionFollowupProcess.DECISION_REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** 记录核验结果: verified closes the item, a reopen puts it back to the owner with the comment. */
@Component("reviewDecisionDelegate")
public class ReviewDecisionDelegate implements JavaDelegate {

  private final MeetingService meetings;

  public ReviewDecisionDelegate(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication reviewer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    meetings.review(meetings.decisionOf(execution.getProcessInstanceId()).id(),
        ReviewMeetingProcess.APPROVED.equals(execution.getVariable(DECISION_REVIEW)),
        (String) execution.getVariable(DECISION_REVIEW_COMMENT), reviewer == null ? null : reviewer.getUserId());
  }
}
