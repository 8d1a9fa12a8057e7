package com.regionops.projectsupport;

import com.regionops.gate.GateCatalog;
import com.regionops.gate.GateReview;
import com.regionops.gate.GateReviewMapper;
import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.DecisionItem;
import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingService;
import com.regionops.org.Project;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.InputRejectedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 帮扶: designating a 重难点项目, its team and plan, the visits with their guidance and decisions
 * (follow-up items of the case's meeting row, chased by decision-followup), the monthly reports and
 * the closing. A project has at most one case open at a time.
 */
@Service
public class SupportService implements com.regionops.org.ProjectMarks {

  static final Set<String> MODES = Set.of("ON_SITE", "REMOTE");
  static final Set<String> OPEN = Set.of(SupportCase.PROPOSED, SupportCase.FORMING, SupportCase.ACTIVE);
  static final int MAX_MEMBERS = 10;
  static final int MAX_DECISIONS = 10;

  /** A case with its visits and monthly reports, as the API shows it. */
  public record CaseView(SupportCase supportCase, List<SupportVisit> visits, List<SupportReport> reports) {
  }

  private final SupportMapper cases;
  private final MeetingService meetings;
  private final PlanNodeMapper nodes;
  private final GateCatalog gates;
  private final GateReviewMapper gateReviews;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final SystemCalls system;

  public SupportService(SupportMapper cases, MeetingService meetings, PlanNodeMapper nodes, GateCatalog gates,
      GateReviewMapper gateReviews, IdentityService identity, RuntimeService runtime,
      SystemCalls system) {
    this.cases = cases;
    this.meetings = meetings;
    this.nodes = nodes;
    this.gates = gates;
    this.gateReviews = gateReviews;
    this.identity = identity;
    this.runtime = runtime;
    this.system = system;
  }

  /** region-ops designates the project; the president decides in the started process. */
  @Transactional
  public SupportCase open(ApiUser user, Project project, SupportRequest request) {
    if (!user.canWriteMasterData(project.regionCode())) {
      throw ApiException.forbidden("重难点项目由本区域运营管理部提出");
    }
    if (request == null || blank(request.problem())) {
      throw ApiException.badInput("problem", "请填写项目存在的问题");
    }
    if (request.problem().strip().length() > 1000) {
      throw ApiException.badInput("problem", "问题不超过 1000 字");
    }
    if (blank(request.goal())) {
      throw ApiException.badInput("goal", "请填写帮扶目标");
    }
    if (request.goal().strip().length() > 1000) {
      throw ApiException.badInput("goal", "帮扶目标不超过 1000 字");
    }
    if (request.mode() == null || !MODES.contains(request.mode())) {
      throw ApiException.badInput("mode", "帮扶方式为 ON_SITE（驻场）或 REMOTE（非驻场）");
    }
    LocalDate starts = date("startsOn", request.startsOn());
    LocalDate ends = date("endsOn", request.endsOn());
    if (starts.isBefore(EngineTime.today())) {
      throw ApiException.badInput("startsOn", "帮扶开始日期不能早于今天");
    }
    if (!ends.isAfter(starts) || ends.isAfter(starts.plusYears(1))) {
      throw ApiException.badInput("endsOn", "帮扶结束日期须晚于开始日期，期限不超过一年");
    }
    if (request.reason() != null && request.reason().length() > 500) {
      throw ApiException.badInput("reason", "事由不超过 500 字");
    }
    if (cases.findByProject(project.code()).stream().anyMatch(c -> OPEN.contains(c.status()))) {
      throw ApiException.conflict("projectCode", "该项目已有进行中的帮扶");
    }
    KeyedRow<SupportCase> row = new KeyedRow<>(new SupportCase(null, project.regionCode(), project.code(),
        request.problem().strip(), request.goal().strip(), request.mode(), starts, ends,
        blank(request.reason()) ? null : request.reason().strip(), null, null, null, null, null, null,
        SupportCase.PROPOSED, null, null, user.id(), EngineTime.now().withNano(0), null));
    cases.insertCase(row);
    long id = row.getId();
    Map<String, Object> variables = Map.of(SupportProcess.CASE_ID, id, SupportProcess.PROJECT_CODE, project.code(),
        SupportProcess.SUPPORT_TITLE, project.code() + " " + project.name() + " 帮扶",
        SupportProcess.PROBLEM, request.problem().strip(), SupportProcess.GOAL, request.goal().strip(),
        SupportProcess.ENDS_ON, ends.toString());
    // started by the application only (ProjectTenantIdProvider.INTERNAL): the case row comes first
    String instance = system.asSystem(() -> runtime.startProcessInstanceByKey(SupportProcess.KEY,
        project.code() + ":SUPPORT:" + id, variables).getId());
    cases.linkProcess(id, instance);
    return cases.findCase(id);
  }

  public SupportCase supportCase(long id) {
    SupportCase found = cases.findCase(id);
    if (found == null) {
      throw new IllegalStateException("Support case " + id + " does not exist");
    }
    return found;
  }

  public void declined(long id) {
    cases.updateStatus(id, SupportCase.DECLINED);
  }

  public void approved(long id) {
    cases.updateStatus(id, SupportCase.FORMING);
  }

  /** 组建帮扶小组 as entered, checked; a failure names the field and keeps the task open. */
  public void checkTeam(long id, Function<String, Object> variables) {
    SupportCase c = supportCase(id);
    String leader = text(variables.apply(SupportProcess.LEADER));
    if (!staff(leader, c.regionCode())) {
      throw InputRejectedException.badInput(SupportProcess.LEADER, "请填写帮扶小组组长（本区域区域运营、职能部门或总裁的用户）");
    }
    members(c, variables.apply(SupportProcess.MEMBERS), leader);
    String plan = text(variables.apply(SupportProcess.SUPPORT_PLAN));
    if (plan == null || plan.length() > 4000) {
      throw InputRejectedException.badInput(SupportProcess.SUPPORT_PLAN, "请填写帮扶方案（不超过 4000 字）");
    }
    Object visits = variables.apply(SupportProcess.VISITS_PLANNED);
    if (!(visits instanceof Number n) || n.intValue() < 0 || n.intValue() > 60) {
      throw InputRejectedException.badInput(SupportProcess.VISITS_PLANNED, "请填写计划走访次数（0–60）");
    }
    goalNode(c, variables.apply(SupportProcess.GOAL_NODE_CODE));
    String gate = text(variables.apply(SupportProcess.GOAL_GATE_CODE));
    if (gate != null && gates.find(gate) == null) {
      throw InputRejectedException.badInput(SupportProcess.GOAL_GATE_CODE, "节点会议不存在：" + gate);
    }
  }

  /** The team is formed: saved, the case 帮扶中, its meeting row ready for guidance; returns the first report's day. */
  @Transactional
  public LocalDateTime activate(long id, String processInstanceId, Function<String, Object> variables) {
    checkTeam(id, variables);
    SupportCase c = supportCase(id);
    String leader = text(variables.apply(SupportProcess.LEADER));
    PlanNode node = goalNode(c, variables.apply(SupportProcess.GOAL_NODE_CODE));
    cases.saveTeam(id, leader, members(c, variables.apply(SupportProcess.MEMBERS), leader),
        text(variables.apply(SupportProcess.SUPPORT_PLAN)),
        ((Number) variables.apply(SupportProcess.VISITS_PLANNED)).intValue(), node == null ? null : node.id(),
        text(variables.apply(SupportProcess.GOAL_GATE_CODE)));
    Meeting meeting = meetings.recordSchedule(new Meeting(null, SupportProcess.MEETING_KIND_SUPPORT, c.regionCode(),
        c.projectCode(), null, c.projectCode() + " 重难点项目帮扶", c.startsOn().atTime(9, 0), null, leader, null, null,
        null, null, processInstanceId));
    cases.activate(id, meeting.id());
    return nextReport(c.startsOn());
  }

  /** Reports fall due a month after the start, then monthly, at 09:00 China time. */
  static LocalDateTime nextReport(LocalDate from) {
    LocalDate day = from.plusMonths(1);
    LocalDate today = EngineTime.today();
    while (!day.isAfter(today)) {
      day = day.plusMonths(1);
    }
    return day.atTime(9, 0);
  }

  /**
   * The leader's monthly report, stored. Returns whether the case is due for its closing review:
   * the goal is met (as the leader says, or as the plan node or gate shows), or its period is over.
   */
  @Transactional
  public boolean report(long id, String progress, boolean goalMet, String by) {
    SupportCase c = supportCase(id);
    cases.insertReport(new SupportReport(null, id, EngineTime.today(), progress, goalMet, by));
    return goalMet || goalReached(c) || !EngineTime.today().isBefore(c.endsOn());
  }

  /** The goal measured by the system's own facts: its plan node done, or its gate passed. */
  public boolean goalReached(SupportCase c) {
    if (c.goalNodeId() != null) {
      PlanNode node = nodes.findByProject(c.projectCode()).stream().filter(n -> n.id().equals(c.goalNodeId()))
          .findFirst().orElse(null);
      if (node != null && node.isCompleted()) {
        return true;
      }
    }
    if (c.goalGateCode() != null) {
      GateReview latest = gateReviews.findLatest(c.projectCode(), c.goalGateCode());
      return latest != null && latest.status().isPassed();
    }
    return false;
  }

  /** What the president reads before deciding 结束 or 延续. */
  public String summary(long id) {
    SupportCase c = supportCase(id);
    List<SupportReport> reports = cases.findReports(id);
    StringBuilder b = new StringBuilder();
    b.append("帮扶期限 ").append(c.startsOn()).append(" 至 ").append(c.endsOn()).append("；走访 ")
        .append(cases.findVisits(id).size()).append(" 次（计划 ").append(c.visitsPlanned()).append(" 次），月报 ")
        .append(reports.size()).append(" 份。");
    if (c.goalNodeId() != null || c.goalGateCode() != null) {
      b.append("目标").append(goalReached(c) ? "已" : "尚未").append("达成（按系统数据）。");
    }
    if (!reports.isEmpty()) {
      b.append("\n最近一次进展：").append(reports.get(reports.size() - 1).progress());
    }
    return b.toString();
  }

  public void extend(long id, LocalDate endsOn) {
    cases.extend(id, endsOn);
  }

  public void close(long id) {
    cases.close(id, EngineTime.now().withNano(0));
  }

  /**
   * A visit of an active case, logged by region-ops of the region or a member of the case's team;
   * its decisions become follow-up items verified by the team's leader, chased by decision-followup.
   */
  @Transactional
  public SupportVisit logVisit(ApiUser user, long caseId, VisitRequest request) {
    SupportCase c = cases.findCase(caseId);
    if (c == null || !user.canSeeProject(c.projectCode(), c.regionCode())) {
      throw ApiException.notFound("帮扶不存在或无权查看：" + caseId);
    }
    Set<String> team = new LinkedHashSet<>();
    if (c.leader() != null) {
      team.add(c.leader());
    }
    if (c.members() != null) {
      team.addAll(List.of(c.members().split(",")));
    }
    if (!user.canWriteMasterData(c.regionCode()) && !team.contains(user.id())) {
      throw ApiException.forbidden("走访由本区域运营管理部或帮扶小组登记");
    }
    if (!SupportCase.ACTIVE.equals(c.status())) {
      throw ApiException.conflict("caseId", SupportCase.CLOSED.equals(c.status()) ? "帮扶已结束，不能再登记走访"
          : "帮扶小组尚未组建，不能登记走访");
    }
    if (request == null) {
      throw ApiException.badInput("visitedOn", "请填写走访日期");
    }
    LocalDate visited = date("visitedOn", request.visitedOn());
    if (visited.isAfter(EngineTime.today()) || visited.isBefore(c.startsOn())) {
      throw ApiException.badInput("visitedOn", "走访日期须在帮扶开始之后、不晚于今天");
    }
    if (request.mode() == null || !MODES.contains(request.mode())) {
      throw ApiException.badInput("mode", "走访方式为 ON_SITE（驻场）或 REMOTE（非驻场）");
    }
    Set<String> visitors = new LinkedHashSet<>();
    for (String v : request.visitors() == null ? List.<String>of() : request.visitors()) {
      if (!staff(v, c.regionCode())) {
        throw ApiException.badInput("visitors", "走访人员须为本区域区域运营、职能部门或总裁的用户：" + v);
      }
      visitors.add(v.strip());
    }
    if (visitors.isEmpty() || visitors.size() > MAX_MEMBERS + 1) {
      throw ApiException.badInput("visitors", "请填写走访人员（不超过 " + (MAX_MEMBERS + 1) + " 人）");
    }
    if (blank(request.issues()) || request.issues().length() > 2000) {
      throw ApiException.badInput("issues", "请填写发现的问题（不超过 2000 字）");
    }
    if (request.guidance() != null && request.guidance().length() > 2000) {
      throw ApiException.badInput("guidance", "指导意见不超过 2000 字");
    }
    List<DecisionItem> items = new ArrayList<>();
    List<VisitRequest.Decision> decisions = request.decisions() == null ? List.of() : request.decisions();
    if (decisions.size() > MAX_DECISIONS) {
      throw ApiException.badInput("decisions", "一次走访的决议不超过 " + MAX_DECISIONS + " 项");
    }
    for (int i = 0; i < decisions.size(); i++) {
      VisitRequest.Decision d = decisions.get(i);
      String field = "decisions[" + i + "]";
      if (d == null || blank(d.content()) || d.content().length() > 1000) {
        throw ApiException.badInput(field + ".content", "请填写决议内容（不超过 1000 字）");
      }
      if (d.ownerGroup() == null || !d.ownerGroup().matches("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}")) {
        throw ApiException.badInput(field + ".ownerGroup", "请填写责任部门（用户组编号，例如 office-GZ01）");
      }
      LocalDate due = date(field + ".dueDate", d.dueDate());
      if (due.isBefore(visited)) {
        throw ApiException.badInput(field + ".dueDate", "完成期限不能早于走访日期");
      }
      items.add(new DecisionItem(d.content().strip(), d.ownerGroup(), null, due, c.leader()));
    }
    SupportVisit visit = new SupportVisit(null, caseId, visited, request.mode(), String.join(",", visitors),
        request.issues().strip(), blank(request.guidance()) ? null : request.guidance().strip(), user.id(),
        EngineTime.now().withNano(0));
    cases.insertVisit(visit);
    if (!items.isEmpty()) {
      List<Long> ids = meetings.appendDecisions(c.meetingId(), items);
      // decision-followup is started by the application (ProjectTenantIdProvider.INTERNAL)
      system.asSystem(() -> ids.forEach(decisionId -> runtime.startProcessInstanceByKey(DecisionFollowupProcess.KEY,
          c.projectCode() + ":SUPPORT:" + caseId, Map.of(DecisionFollowupProcess.DECISION_ID, decisionId,
              DecisionFollowupProcess.MEETING_KIND, SupportProcess.MEETING_KIND_SUPPORT, SupportProcess.PROJECT_CODE,
              c.projectCode()))));
    }
    List<SupportVisit> visits = cases.findVisits(caseId);
    return visits.get(visits.size() - 1);
  }

  public List<CaseView> cases(String projectCode) {
    return cases.findByProject(projectCode).stream()
        .map(c -> new CaseView(c, cases.findVisits(c.id()), cases.findReports(c.id()))).toList();
  }

  /** Of these projects, those 帮扶中 (the board's and the project API's mark). */
  @Override
  public Set<String> supported(Collection<String> projectCodes) {
    if (projectCodes.isEmpty()) {
      return Set.of();
    }
    List<String> codes = List.copyOf(projectCodes);
    Set<String> found = new LinkedHashSet<>();
    // an IN list at most 1000 long (a region user's hundreds of projects)
    for (int i = 0; i < codes.size(); i += 1000) {
      found.addAll(cases.findSupported(codes.subList(i, Math.min(codes.size(), i + 1000))));
    }
    return found;
  }

  private String members(SupportCase c, Object value, String leader) {
    Set<String> members = new LinkedHashSet<>();
    String listed = text(value);
    for (String m : listed == null ? new String[0] : listed.split("[,，、\\s]+")) {
      if (m.isBlank()) {
        continue;
      }
      if (!staff(m, c.regionCode())) {
        throw InputRejectedException.badInput(SupportProcess.MEMBERS, "帮扶小组成员须为本区域区域运营、职能部门或总裁的用户：" + m);
      }
      if (!m.equals(leader)) {
        members.add(m);
      }
    }
    if (members.size() > MAX_MEMBERS) {
      throw InputRejectedException.badInput(SupportProcess.MEMBERS, "帮扶小组成员不超过 " + MAX_MEMBERS + " 人");
    }
    return members.isEmpty() ? null : String.join(",", members);
  }

  private PlanNode goalNode(SupportCase c, Object value) {
    String code = text(value);
    if (code == null) {
      return null;
    }
    PlanNode node = nodes.findByCode(c.projectCode(), code);
    if (node == null) {
      throw InputRejectedException.badInput(SupportProcess.GOAL_NODE_CODE, "计划节点不存在：" + code);
    }
    return node;
  }

  private boolean staff(String userId, String regionCode) {
    return com.regionops.org.OrgIdentity.isRegionStaff(identity, system, userId, regionCode);
  }

  private static LocalDate date(String field, String value) {
    LocalDateTime parsed = EngineTime.parseDateTime(value);
    if (parsed == null) {
      throw ApiException.badInput(field, "日期格式为 yyyy-MM-dd");
    }
    return parsed.toLocalDate();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }
}
