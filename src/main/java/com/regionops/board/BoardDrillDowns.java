package com.regionops.board;

import com.regionops.document.ArchiveMapper;
import com.regionops.gate.GateCatalog;
import com.regionops.gate.GateDefinition;
import com.regionops.meeting.DecisionStatus;
import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingDecision;
import com.regionops.meeting.MeetingService;
import com.regionops.org.Project;
import com.regionops.org.ProjectService;
import com.regionops.plan.PlanAdjustment;
import com.regionops.plan.PlanAdjustmentService;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.risk.CorrectionStates;
import com.regionops.risk.RiskCheck;
import com.regionops.risk.RiskCheckService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * What a click on the board opens: a gate cell's rounds, their minutes' decisions and the tasks
 * still open in them; a risk node's grades over the recent checks, its correction and its plan
 * adjustments. The same project rule as the rest of the API (another region's project is 404).
 */
@Service
public class BoardDrillDowns {

  public record GateDrill(String projectCode, String projectName, String gateCode, String gateName,
      List<Round> rounds, List<OpenTask> openTasks) {
  }

  public record Round(int roundNo, String status, String conclusion, LocalDateTime startedAt,
      LocalDateTime finishedAt, LocalDateTime meetingAt, String location, String minutes, List<Decision> decisions) {
  }

  /** overdue: not done (or done but not verified) and past its due date. */
  public record Decision(int seq, String content, String ownerGroup, LocalDate dueDate, String status,
      boolean overdue, LocalDate completedOn, String evidence) {
  }

  /** candidateGroups: who may take it while nobody has; overdue: past its due time. */
  public record OpenTask(String taskId, int roundNo, String name, String assignee, List<String> candidateGroups,
      LocalDateTime created, LocalDateTime due, boolean overdue) {
  }

  public record NodeDrill(String projectCode, String projectName, String nodeCode, String name, String nodeLevel,
      String category, LocalDate baselineFinish, LocalDate plannedFinish, LocalDate actualFinish, int progress,
      List<GradePoint> grades, CorrectionStates.State correction, List<Adjustment> adjustments) {
  }

  public record GradePoint(LocalDate period, String grade, int daysOverdue, int forecastDelayDays, String reason) {
  }

  public record Adjustment(LocalDateTime requestedAt, LocalDate oldPlannedFinish, LocalDate newPlannedFinish,
      int delayDays, String status, String reason) {
  }

  private final ProjectService projects;
  private final GateCatalog catalog;
  private final ArchiveMapper archive;
  private final MeetingService meetings;
  private final TaskService tasks;
  private final SystemCalls system;
  private final PlanNodeMapper nodes;
  private final RiskCheckService risks;
  private final CorrectionStates corrections;
  private final PlanAdjustmentService adjustments;

  public BoardDrillDowns(ProjectService projects, GateCatalog catalog, ArchiveMapper archive, MeetingService meetings,
      TaskService tasks, SystemCalls system, PlanNodeMapper nodes, RiskCheckService risks,
      CorrectionStates corrections, PlanAdjustmentService adjustments) {
    this.projects = projects;
    this.catalog = catalog;
    this.archive = archive;
    this.meetings = meetings;
    this.tasks = tasks;
    this.system = system;
    this.nodes = nodes;
    this.risks = risks;
    this.corrections = corrections;
    this.adjustments = adjustments;
  }

  public GateDrill gate(ApiUser user, String projectCode, String gateCode) {
    Project project = projects.get(user, projectCode);
    GateDefinition gate = catalog.find(gateCode);
    if (gate == null) {
      throw ApiException.notFound("节点会议不存在：" + gateCode);
    }
    LocalDate today = EngineTime.today();
    LocalDateTime now = EngineTime.now();
    List<Round> rounds = new ArrayList<>();
    List<OpenTask> open = new ArrayList<>();
    for (ArchiveMapper.GateRound r : archive.gateRounds(project.code())) {
      if (!r.gateCode().equals(gate.code())) {
        continue;
      }
      Meeting meeting = r.meetingId() == null ? null : meetings.meeting(r.meetingId());
      List<Decision> decisions = r.meetingId() == null ? List.of() : meetings.decisions(r.meetingId()).stream()
          .map(d -> decision(d, today)).toList();
      rounds.add(new Round(r.roundNo(), r.status(), r.conclusion(), r.startedAt(), r.finishedAt(),
          meeting == null ? null : meeting.scheduledAt(), meeting == null ? null : meeting.location(),
          meeting == null ? null : meeting.minutes(), decisions));
      open.addAll(openTasks(project.code() + ":" + gate.code() + ":" + r.roundNo(), r.roundNo(), now));
    }
    rounds.sort(Comparator.comparingInt(Round::roundNo).reversed());
    return new GateDrill(project.code(), project.name(), gate.code(), gate.name(), rounds, open);
  }

  private static Decision decision(MeetingDecision d, LocalDate today) {
    boolean settled = d.status() == DecisionStatus.VERIFIED;
    return new Decision(d.seq(), d.content(), d.ownerGroup(), d.dueDate(), d.status().name(),
        !settled && d.dueDate() != null && d.dueDate().isBefore(today), d.completedOn(), d.evidence());
  }

  /** The round's tasks, its meeting's and its decisions' alike: they carry the round's business key. */
  private List<OpenTask> openTasks(String businessKey, int round, LocalDateTime now) {
    return system.asSystem(() -> {
      List<OpenTask> list = new ArrayList<>();
      for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc().list()) {
        List<String> groups = t.getAssignee() != null ? List.of() : tasks.getIdentityLinksForTask(t.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId).toList();
        LocalDateTime due = time(t.getDueDate());
        list.add(new OpenTask(t.getId(), round, t.getName(), t.getAssignee(), groups, time(t.getCreateTime()), due,
            due != null && due.isBefore(now)));
      }
      return list;
    });
  }

  public NodeDrill node(ApiUser user, String projectCode, String nodeCode) {
    Project project = projects.get(user, projectCode);
    PlanNode node = nodes.findByCode(project.code(), nodeCode);
    if (node == null) {
      throw ApiException.notFound("计划节点不存在：" + nodeCode);
    }
    List<RiskCheck> recent = risks.checks(List.of(project.regionCode())).stream()
        .filter(c -> c.finishedAt() != null)
        .sorted(Comparator.comparing(RiskCheck::periodDate).reversed()).limit(BoardService.TREND_CHECKS).toList();
    List<GradePoint> grades = risks.nodeHistory(node.id(), recent.stream().map(RiskCheck::periodDate).toList()).stream()
        .map(a -> new GradePoint(a.periodDate(), a.grade(), a.daysOverdue(), a.forecastDelayDays(), a.reason()))
        .toList();
    List<Adjustment> history = adjustments.history(node.id()).stream()
        .sorted(Comparator.comparing(PlanAdjustment::requestedAt).reversed())
        .map(a -> new Adjustment(a.requestedAt(), a.oldPlannedFinish(), a.newPlannedFinish(), a.delayDays(),
            a.status().name(), a.reason()))
        .toList();
    return new NodeDrill(project.code(), project.name(), node.nodeCode(), node.name(), node.nodeLevel().name(),
        node.category().name(), node.baselineFinish(), node.plannedFinish(), node.actualFinish(), node.progressPct(),
        grades, corrections.ofNode(project.regionCode(), node.id()), history);
  }

  private static LocalDateTime time(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), EngineTime.ZONE);
  }
}
