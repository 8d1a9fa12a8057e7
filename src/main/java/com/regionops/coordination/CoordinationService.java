package com.regionops.coordination;

import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingMapper;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.org.Project;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * 协调会: region-ops calls one on a project problem, or the project's office asks for one and
 * region-ops accepts it; the meeting follows review-meeting from 安排会议, its decisions decision-followup.
 */
@Service
public class CoordinationService {

  /** Who may be asked to attend: the region's functions and region-ops. */
  static final Set<String> FUNCTIONS = Set.of(Groups.FN_DESIGN, Groups.FN_ENGINEERING, Groups.FN_MARKETING,
      Groups.FN_COST, Groups.FN_FINANCE, Groups.FN_INVESTMENT, Groups.REGION_OPS);

  private final RuntimeService runtime;
  private final MeetingMapper meetings;
  private final SystemCalls system;

  public CoordinationService(RuntimeService runtime, MeetingMapper meetings, SystemCalls system) {
    this.runtime = runtime;
    this.meetings = meetings;
    this.system = system;
  }

  /** Starts a 协调会 for the project, or refuses naming the field; a refusal starts nothing. */
  public CoordinationStarted request(ApiUser user, Project project, CoordinationRequest request) {
    boolean office = user.officeProjects().contains(project.code()) && !user.canWriteMasterData(project.regionCode());
    if (!office && !user.canWriteMasterData(project.regionCode())) {
      throw ApiException.forbidden("协调会由本区域运营管理部召集，或由本项目公司申请");
    }
    if (request == null || request.subject() == null || request.subject().isBlank()) {
      throw ApiException.badInput("subject", "请填写协调事项");
    }
    String subject = request.subject().strip();
    if (subject.length() > 200) {
      throw ApiException.badInput("subject", "协调事项不超过 200 字");
    }
    String problem = request.problem() == null || request.problem().isBlank() ? null : request.problem().strip();
    if (problem != null && problem.length() > 2000) {
      throw ApiException.badInput("problem", "问题说明不超过 2000 字");
    }
    LocalDate today = EngineTime.today();
    LocalDate planned = null;
    if (request.plannedMeetingDate() != null && !request.plannedMeetingDate().isBlank()) {
      LocalDateTime parsed = EngineTime.parseDateTime(request.plannedMeetingDate());
      if (parsed == null) {
        throw ApiException.badInput("plannedMeetingDate", "会议日期格式为 yyyy-MM-dd");
      }
      planned = parsed.toLocalDate();
      if (planned.isBefore(today) || planned.isAfter(today.plusDays(CoordinationProcess.MEETING_WITHIN_DAYS))) {
        throw ApiException.badInput("plannedMeetingDate",
            "协调会应在申请后 " + CoordinationProcess.MEETING_WITHIN_DAYS + " 天内召开（" + today + " 至 "
                + today.plusDays(CoordinationProcess.MEETING_WITHIN_DAYS) + "）");
      }
    }
    Set<String> functions = new LinkedHashSet<>();
    for (String f : request.attendingFunctions() == null ? List.<String>of() : request.attendingFunctions()) {
      if (f == null || !FUNCTIONS.contains(f.strip())) {
        throw ApiException.badInput("attendingFunctions", "参会职能部门须为区域职能部门的用户组编号：" + f);
      }
      functions.add(f.strip());
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(CoordinationProcess.PROJECT_CODE, project.code());
    variables.put(CoordinationProcess.SUBJECT, subject);
    variables.put(CoordinationProcess.PROBLEM, problem);
    variables.put(CoordinationProcess.REQUESTED_BY, user.id());
    variables.put(CoordinationProcess.REQUESTED_AT, EngineTime.now().withNano(0).toString());
    variables.put(CoordinationProcess.REQUESTED_BY_OFFICE, office);
    variables.put(CoordinationProcess.PLANNED_MEETING_DATE, planned == null ? null : planned.toString());
    variables.put(CoordinationProcess.ATTENDING_FUNCTIONS,
        SpinValues.jsonValue(Spin.JSON(List.copyOf(functions)).toString()).create());
    // the day for people, a random part so that two requests of one moment stay apart
    String businessKey = project.code() + ":COORDINATION:" + EngineTime.today().toString().replace("-", "") + "-"
        + java.util.UUID.randomUUID().toString().substring(0, 8);
    // coordination-meeting is started by the application only (ProjectTenantIdProvider.INTERNAL): an office
    // starting it over engine REST could skip region-ops' acceptance
    ProcessInstance instance = system.asSystem(
        () -> runtime.startProcessInstanceByKey(CoordinationProcess.KEY, businessKey, variables));
    return new CoordinationStarted(instance.getId(), businessKey, project.code(), !office);
  }

  /** The project's 协调会 held or scheduled, the latest first. */
  public List<Meeting> meetings(String projectCode) {
    return meetings.findByProjectAndKind(projectCode, ReviewMeetingProcess.KIND_COORDINATION);
  }
}
