package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.CONCLUSION;
import static com.regionops.meeting.ReviewMeetingProcess.MINUTES;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 录入会议纪要: conclusion, minutes and every decision item are complete and sensible. */
@Component("checkMinutesListener")
public class CheckMinutesListener implements TaskListener {

  private final MeetingService meetings;

  public CheckMinutesListener(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    Meeting meeting = meetings.meetingOf(task.getProcessInstanceId());
    LocalDate meetingDay = meeting.scheduledAt() == null ? EngineTime.today() : meeting.scheduledAt().toLocalDate();
    meetings.checkMinutes(task.getVariable(CONCLUSION) instanceof String c ? c : null,
        task.getVariable(MINUTES) instanceof String m ? m : null, task::getVariable, meetingDay);
    if ("NOT_READY".equals(task.getVariable("readiness")) && !"FAIL".equals(task.getVariable(CONCLUSION))) {
      // 开盘/交楼 conditions are not met: the gate cannot pass, whatever the meeting felt
      throw InputRejectedException.badInput(CONCLUSION,
          "准备度检查未通过（缺：" + task.getVariable("readinessMissing") + "），会议结论只能为不通过");
    }
  }
}
