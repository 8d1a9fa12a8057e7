package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.MEETING_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 归档会议纪要: the approved minutes as a PDF in the project's archive. */
@Component("fileMinutesDelegate")
public class FileMinutesDelegate implements JavaDelegate {

  private final MinutesFiling filing;

  public FileMinutesDelegate(MinutesFiling filing) {
    this.filing = filing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    filing.file(((Number) execution.getVariable(MEETING_ID)).longValue(), execution.getProcessInstanceId());
  }
}
