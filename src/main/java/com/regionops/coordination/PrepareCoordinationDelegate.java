package com.regionops.coordination;

import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.org.ProjectMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 准备协调会: the meeting is a 协调会 titled by its subject, and 安排会议 falls due
 * {@value CoordinationProcess#MEETING_WITHIN_DAYS} days after the request (18:00 China time).
 */
@Component("prepareCoordinationDelegate")
public class PrepareCoordinationDelegate implements JavaDelegate {

  private final ProjectMapper projects;

  public PrepareCoordinationDelegate(ProjectMapper projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String projectCode = (String) execution.getVariable(CoordinationProcess.PROJECT_CODE);
    var project = projects.findByCode(projectCode);
    execution.setVariable(ReviewMeetingProcess.MEETING_KIND, ReviewMeetingProcess.KIND_COORDINATION);
    String title = (project == null ? projectCode : project.name()) + " 协调会："
        + execution.getVariable(CoordinationProcess.SUBJECT);
    // ro_meeting.title holds 200 characters
    execution.setVariable(ReviewMeetingProcess.MEETING_TITLE, title.length() <= 200 ? title : title.substring(0, 199) + "…");
    execution.setVariable(ReviewMeetingProcess.OFFICE_GROUP, Groups.office(projectCode));
    // counted from the request, not from its acceptance
    java.time.LocalDate requested = EngineTime.parseDateTime(execution.getVariable(CoordinationProcess.REQUESTED_AT))
        .toLocalDate();
    execution.setVariable(CoordinationProcess.MEETING_DUE_BY,
        EngineTime.toDate(requested.plusDays(CoordinationProcess.MEETING_WITHIN_DAYS).atTime(18, 0)));
  }
}
