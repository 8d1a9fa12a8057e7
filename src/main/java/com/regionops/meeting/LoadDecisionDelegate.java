package com.regionops.meeting;

import static com.regionops.meeting.DecisionFollowupProcess.CONTENT;
import static com.regionops.meeting.DecisionFollowupProcess.DECISION_ID;
import static com.regionops.meeting.DecisionFollowupProcess.DUE_DATE;
import static com.regionops.meeting.DecisionFollowupProcess.NOTICE_HOUR;
import static com.regionops.meeting.DecisionFollowupProcess.OVERDUE_CYCLE;
import static com.regionops.meeting.DecisionFollowupProcess.OWNER_GROUP;
import static com.regionops.meeting.DecisionFollowupProcess.OWNER_USER;
import static com.regionops.meeting.DecisionFollowupProcess.REMINDER_DATE;
import static com.regionops.meeting.DecisionFollowupProcess.REMINDER_DAYS;
import static com.regionops.meeting.DecisionFollowupProcess.VERIFIER_GROUP;
import static com.regionops.meeting.DecisionFollowupProcess.VERIFIER_USER;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.Groups;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 读取决议事项: who owns it and when it is due, for the task and its two timers: a reminder
 * some days ahead ({@code regionops.followup.reminder-days}, default
 * {@value DecisionFollowupProcess#REMINDER_DAYS}), and a weekly escalation from the day after
 * the due date.
 */
@Component("loadDecisionDelegate")
public class LoadDecisionDelegate implements JavaDelegate {

  private final MeetingService meetings;
  private final int reminderDays;

  public LoadDecisionDelegate(MeetingService meetings,
      @Value("${regionops.followup.reminder-days:" + REMINDER_DAYS + "}") int reminderDays) {
    this.meetings = meetings;
    this.reminderDays = reminderDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(DECISION_ID)).longValue();
    MeetingDecision decision = meetings.decision(id);
    meetings.startFollowUp(id, execution.getProcessInstanceId());
    LocalDateTime dueEnd = decision.dueDate().atTime(23, 59);
    LocalDateTime firstOverdueMorning = decision.dueDate().plusDays(1).atTime(NOTICE_HOUR, 0);
    execution.setVariable(CONTENT, decision.content());
    execution.setVariable(OWNER_GROUP, decision.ownerGroup());
    execution.setVariable(OWNER_USER, decision.ownerUser());
    execution.setVariable(VERIFIER_GROUP, Groups.REGION_OPS);
    execution.setVariable(VERIFIER_USER, decision.verifierUser());
    execution.setVariable(DUE_DATE, EngineTime.toDate(dueEnd));
    execution.setVariable(REMINDER_DATE,
        EngineTime.toDate(decision.dueDate().minusDays(reminderDays).atTime(NOTICE_HOUR, 0)));
    execution.setVariable(OVERDUE_CYCLE, "R/" + firstOverdueMorning.atZone(EngineTime.ZONE)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P7D");
  }
}
