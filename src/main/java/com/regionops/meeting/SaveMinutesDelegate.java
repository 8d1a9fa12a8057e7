package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.CONCLUSION;
import static com.regionops.meeting.ReviewMeetingProcess.MEETING_ID;
import static com.regionops.meeting.ReviewMeetingProcess.MINUTES;

import com.regionops.platform.engine.EngineTime;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 保存会议纪要: approved minutes and their decision items become rows, once. */
@Component("saveMinutesDelegate")
public class SaveMinutesDelegate implements JavaDelegate {

  private final MeetingService meetings;

  public SaveMinutesDelegate(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Meeting meeting = meetings.meetingOf(execution.getProcessInstanceId());
    long meetingId = meeting.id();
    // the caller follows up the decisions of meetingId: it must be this instance's meeting
    execution.setVariable(MEETING_ID, meetingId);
    LocalDate day = meeting.scheduledAt() == null ? EngineTime.today() : meeting.scheduledAt().toLocalDate();
    // a 协调会 concludes nothing, whatever a completion sent for the hidden field
    String conclusion = ReviewMeetingProcess.KIND_COORDINATION.equals(meeting.kind()) ? null
        : execution.getVariable(CONCLUSION) instanceof String text ? text : null;
    String minutes = execution.getVariable(MINUTES) instanceof String text ? text : null;
    List<DecisionItem> items = meetings.checkMinutes(conclusion, minutes, execution::getVariable, day);
    String approver = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
        ? null : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    meetings.saveMinutes(meetingId, conclusion, minutes, approver, items);
  }
}
