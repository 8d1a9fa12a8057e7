package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.ATTENDING_FUNCTIONS;
import static com.regionops.meeting.ReviewMeetingProcess.CHAIR_USER;
import static com.regionops.meeting.ReviewMeetingProcess.GATE_REVIEW_ID;
import static com.regionops.meeting.ReviewMeetingProcess.MEETING_ID;
import static com.regionops.meeting.ReviewMeetingProcess.MEETING_KIND;
import static com.regionops.meeting.ReviewMeetingProcess.MEETING_LOCATION;
import static com.regionops.meeting.ReviewMeetingProcess.MEETING_TIME;
import static com.regionops.meeting.ReviewMeetingProcess.MEETING_TITLE;
import static com.regionops.meeting.ReviewMeetingProcess.MINUTES_DUE;
import static com.regionops.meeting.ReviewMeetingProcess.PROJECT_CODE;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** 登记会议: the schedule from 安排会议 becomes the meeting row; minutes fall due two days later. */
@Component("recordMeetingDelegate")
public class RecordMeetingDelegate implements JavaDelegate {

  private final MeetingService meetings;

  public RecordMeetingDelegate(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime time = EngineTime.parseDateTime(execution.getVariable(MEETING_TIME));
    if (time == null) {
      throw InputRejectedException.badInput(MEETING_TIME, "请填写会议时间");
    }
    // a caller's deadline (协调会: three days after the request) holds for the meeting as for the step
    if (execution.getVariable(ReviewMeetingProcess.MEETING_DUE_BY) instanceof java.util.Date dueBy
        && time.toLocalDate().isAfter(EngineTime.parseDateTime(dueBy).toLocalDate())) {
      throw InputRejectedException.badInput(MEETING_TIME, "会议最晚应于 " + EngineTime.parseDateTime(dueBy).toLocalDate()
          + " 召开");
    }
    String chair = (String) execution.getVariable(CHAIR_USER);
    if (chair == null || chair.isBlank()) {
      throw InputRejectedException.badInput(CHAIR_USER, "请填写会议主持人");
    }
    Object gateReviewId = execution.getVariable(GATE_REVIEW_ID);
    Meeting meeting = meetings.recordSchedule(new Meeting(null,
        (String) execution.getVariable(MEETING_KIND), execution.getTenantId(),
        (String) execution.getVariable(PROJECT_CODE),
        gateReviewId instanceof Number n ? n.longValue() : null,
        (String) execution.getVariable(MEETING_TITLE), time.withSecond(0).withNano(0),
        (String) execution.getVariable(MEETING_LOCATION), chair.trim(),
        functions(execution.getVariable(ATTENDING_FUNCTIONS)), null, null, null,
        execution.getProcessInstanceId()));
    execution.setVariable(MEETING_ID, meeting.id());
    execution.setVariable(MINUTES_DUE,
        EngineTime.toDate(time.plusDays(ReviewMeetingProcess.MINUTES_DUE_DAYS)));
  }

  /** The checklist arrives as a JSON array of group ids; stored comma-separated. */
  static String functions(Object value) {
    if (value instanceof SpinJsonNode json && json.isArray()) {
      List<String> ids = new ArrayList<>();
      json.elements().forEach(e -> ids.add(e.isString() ? e.stringValue() : e.toString()));
      return String.join(",", ids);
    }
    return value instanceof String text ? text : null;
  }
}
