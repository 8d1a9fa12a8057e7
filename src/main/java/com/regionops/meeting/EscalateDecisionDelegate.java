package com.regionops.meeting;

import static com.regionops.meeting.DecisionFollowupProcess.CONTENT;
import static com.regionops.meeting.DecisionFollowupProcess.DECISION_ID;
import static com.regionops.meeting.DecisionFollowupProcess.MEETING_KIND;

import com.regionops.notification.NotificationService;
import com.regionops.platform.engine.EngineTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 升级逾期决议: each week past the due date, DMN {@value #DECISION} names who is told, and they
 * are told once that day.
 */
@Component("escalateDecisionDelegate")
public class EscalateDecisionDelegate implements JavaDelegate {

  public static final String DECISION = "followup-escalation";

  private final MeetingService meetings;
  private final NotificationService notifications;

  public EscalateDecisionDelegate(MeetingService meetings, NotificationService notifications) {
    this.meetings = meetings;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(DECISION_ID)).longValue();
    MeetingDecision decision = meetings.decision(id);
    long daysOverdue = ChronoUnit.DAYS.between(decision.dueDate(), EngineTime.today());
    DmnDecisionResultEntries result = execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(DECISION)
        .variables(Map.of("daysOverdue", (int) daysOverdue,
            "meetingKind", String.valueOf(execution.getVariable(MEETING_KIND))))
        .evaluate().getSingleResult();
    String group = result == null ? null : result.getEntry("escalateToGroup");
    if (group != null) {
      notifications.notifyOnce("decision-overdue:" + id + ":" + EngineTime.today(), group,
          result.getEntry("notice") + "（逾期 " + daysOverdue + " 天）", String.valueOf(execution.getVariable(CONTENT)),
          execution.getBusinessKey());
    }
  }
}
