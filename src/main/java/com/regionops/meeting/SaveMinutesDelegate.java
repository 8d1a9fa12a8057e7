package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.CONCLUSION;
import static com.regionops.meeting.ReviewMeetingProcess.MEETING_ID;
import static com.regionops.meeting.ReviewMeetingProcess.MINUTES;

import com.regionops.platform.EngineTime;
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
    long meetingId = ((Number) execution.getVariable(MEETING_ID)).longValue();
    Meeting meeting = meetings.meeting(meetingId);
    LocalDate day = meeting.scheduledAt() == null ? EngineTime.today() : meeting.scheduledAt().toLocalDate();
    String conclusion = (String) execution.getVariable(CONCLUSION);
    String minutes = (String) execution.getVariable(MINUTES);
    List<DecisionItem> items = meetings.checkMinutes(conclusion, minutes, execution::getVariable, day);
    String approver = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
        ? null : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    meetings.saveMinutes(meetingId, conclusion, minutes, approver, items);
  }
}
