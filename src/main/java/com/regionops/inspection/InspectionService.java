package com.regionops.inspection;

import static com.regionops.inspection.InspectionProcess.finding;

import com.regionops.gate.GateCatalog;
import com.regionops.meeting.DecisionItem;
import com.regionops.meeting.DecisionStatus;
import com.regionops.meeting.Meeting;
import com.regionops.meeting.MeetingService;
import com.regionops.org.Project;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.InputRejectedException;
import com.regionops.org.ProjectSelection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * 巡检: arranging an inspection, the rules for its findings, and storing its report. The report
 * is a meeting of kind INSPECTION and each finding's 整改 a follow-up item of it, so that
 * decision-followup chases and verifies them like a meeting's decisions.
 */
@Service
public class InspectionService {

  static final String DEADLINE_DECISION = "finding-deadline";
  static final int MAX_STAY_DAYS = 30;
  static final int MAX_INSPECTORS = 10;

  private final InspectionMapper inspections;
  private final MeetingService meetings;
  private final PlanNodeMapper nodes;
  private final GateCatalog gates;
  private final DeployedDecisions decisions;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final SystemCalls system;

  public InspectionService(InspectionMapper inspections, MeetingService meetings, PlanNodeMapper nodes,
      GateCatalog gates, DeployedDecisions decisions, IdentityService identity, RuntimeService runtime,
      SystemCalls system) {
    this.inspections = inspections;
    this.meetings = meetings;
    this.nodes = nodes;
    this.gates = gates;
    this.decisions = decisions;
    this.identity = identity;
    this.runtime = runtime;
    this.system = system;
  }

  /**
   * Arranges an inspection of the project and starts its process, or refuses naming the rule;
   * a refusal leaves nothing behind. Only region-ops of the project's region arranges one.
   */
  @Transactional
  public Inspection arrange(ApiUser user, Project project, InspectionRequest request) {
    if (!user.canWriteMasterData(project.regionCode())) {
      throw ApiException.forbidden("巡检由本区域运营管理部安排");
    }
    if (request == null) {
      throw ApiException.badInput("kind", "请填写巡检方式（PROGRESS 进度巡检 / SPECIAL 专项巡检）");
    }
    InspectionKind kind = parse(InspectionKind.class, request.kind());
    if (kind == null) {
      throw ApiException.badInput("kind", "巡检方式为 PROGRESS（进度巡检）或 SPECIAL（专项巡检）");
    }
    LocalDateTime day = EngineTime.parseDateTime(request.plannedDate());
    if (day == null) {
      throw ApiException.badInput("plannedDate", "请填写巡检日期（yyyy-MM-dd）");
    }
    if (day.toLocalDate().isBefore(EngineTime.today())) {
      throw ApiException.badInput("plannedDate", "巡检日期不能早于今天");
    }
    int stay = request.stayDays() == null ? 0 : request.stayDays();
    if (stay < 0 || stay > MAX_STAY_DAYS) {
      throw ApiException.badInput("stayDays", "驻场天数为 0（当日往返）至 " + MAX_STAY_DAYS + " 天");
    }
    String lead = requireRegionUser("leadInspector", request.leadInspector(), project.regionCode());
    Set<String> others = new LinkedHashSet<>();
    for (String inspector : request.inspectors() == null ? List.<String>of() : request.inspectors()) {
      others.add(requireRegionUser("inspectors", inspector, project.regionCode()));
    }
    others.remove(lead);
    if (others.size() > MAX_INSPECTORS || String.join(",", others).length() > 500) {
      throw ApiException.badInput("inspectors", "巡检组成员不超过 " + MAX_INSPECTORS + " 人");
    }
    String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
    if (reason != null && reason.length() > 500) {
      throw ApiException.badInput("reason", "巡检事由不超过 500 字");
    }
    KeyedRow<Inspection> row = new KeyedRow<>(new Inspection(null, project.regionCode(), project.code(), kind,
        day.toLocalDate(), stay, lead, others.isEmpty() ? null : String.join(",", others), reason,
        InspectionStatus.PLANNED, null, null, user.id(), EngineTime.now().withNano(0), null, null, null));
    inspections.insert(row);
    long id = row.getId();
    // inspection is started by the application only (ProjectTenantIdProvider.INTERNAL): the row comes first
    system.asSystem(() -> runtime.startProcessInstanceByKey(InspectionProcess.KEY,
        InspectionProcess.businessKey(project.code(), id),
        Map.of(InspectionProcess.INSPECTION_ID, id, InspectionProcess.PROJECT_CODE, project.code())));
    return inspections.findById(id);
  }

  private String requireRegionUser(String field, String userId, String regionCode) {
    if (userId == null || userId.isBlank()) {
      throw ApiException.badInput(field, "请填写巡检组长（本区域区域运营、职能部门或总裁的用户编号）");
    }
    if (!com.regionops.org.OrgIdentity.isRegionStaff(identity, system, userId, regionCode)) {
      throw ApiException.badInput(field, "巡检人员须为本区域区域运营、职能部门或总裁的用户（项目公司不能巡检自己）：" + userId);
    }
    return userId.strip();
  }

  public Inspection inspection(long id) {
    Inspection inspection = inspections.findById(id);
    if (inspection == null) {
      throw new IllegalStateException("Inspection " + id + " does not exist");
    }
    return inspection;
  }

  public List<Inspection> ofProject(String projectCode) {
    return inspections.findByProject(projectCode);
  }

  /**
   * The instance starts the inspection: linked, with its report's meeting row in place from the
   * start, so that the inspectors' photos and documents have an owner while they work.
   * Returns the report's meeting id.
   */
  public long started(long id, String processInstanceId) {
    inspections.linkProcess(id, processInstanceId);
    return reportMeeting(inspection(id), processInstanceId).id();
  }

  /** The report's meeting row (kind INSPECTION), one per instance: found again by its process instance. */
  private Meeting reportMeeting(Inspection inspection, String processInstanceId) {
    return meetings.recordSchedule(new Meeting(null, InspectionProcess.MEETING_KIND_INSPECTION,
        inspection.regionCode(), inspection.projectCode(), null, title(inspection),
        inspection.plannedDate().atTime(InspectionProcess.START_HOUR, 0), null, inspection.leadInspector(),
        null, null, null, null, processInstanceId));
  }

  public void onSite(long id) {
    inspections.updateStatus(id, InspectionStatus.IN_PROGRESS);
  }

  /**
   * The findings as entered, checked; a failure names the slot's field and keeps the task open.
   * An empty slot (no description) is skipped: an inspection may find nothing.
   */
  public List<FindingInput> checkFindings(String projectCode, Function<String, Object> variables) {
    String summary = text(variables.apply(InspectionProcess.REPORT_SUMMARY));
    if (summary == null) {
      throw InputRejectedException.badInput(InspectionProcess.REPORT_SUMMARY, "请填写巡检报告摘要");
    }
    if (summary.length() > 20000) {
      throw InputRejectedException.badInput(InspectionProcess.REPORT_SUMMARY, "巡检报告摘要不超过 20000 字");
    }
    List<FindingInput> found = new ArrayList<>();
    for (int n = 1; n <= InspectionProcess.MAX_FINDINGS; n++) {
      String description = text(variables.apply(finding(n, InspectionProcess.PART_DESCRIPTION)));
      if (description != null) {
        found.add(checkFinding(n, description, projectCode, variables));
      }
    }
    return found;
  }

  private FindingInput checkFinding(int n, String description, String projectCode, Function<String, Object> variables) {
    if (description.length() > 1000) {
      throw InputRejectedException.badInput(finding(n, InspectionProcess.PART_DESCRIPTION), "问题描述不超过 1000 字");
    }
    FindingCategory category = parse(FindingCategory.class, text(variables.apply(finding(n, InspectionProcess.PART_CATEGORY))));
    if (category == null) {
      throw InputRejectedException.badInput(finding(n, InspectionProcess.PART_CATEGORY), "请选择问题 " + n + " 的类别");
    }
    FindingSeverity severity = parse(FindingSeverity.class, text(variables.apply(finding(n, InspectionProcess.PART_SEVERITY))));
    if (severity == null) {
      throw InputRejectedException.badInput(finding(n, InspectionProcess.PART_SEVERITY),
          "请选择问题 " + n + " 的严重程度（一般、重要或严重）");
    }
    String nodeCode = text(variables.apply(finding(n, InspectionProcess.PART_NODE_CODE)));
    Long nodeId = null;
    if (nodeCode != null) {
      PlanNode node = nodes.findByCode(projectCode, nodeCode);
      if (node == null) {
        throw InputRejectedException.badInput(finding(n, InspectionProcess.PART_NODE_CODE),
            "问题 " + n + " 所涉计划节点不存在：" + nodeCode);
      }
      nodeId = node.id();
    }
    String gateCode = text(variables.apply(finding(n, InspectionProcess.PART_GATE_CODE)));
    gateCode = InspectionProcess.NO_GATE.equals(gateCode) ? null : gateCode;
    if (gateCode != null && gates.find(gateCode) == null) {
      throw InputRejectedException.badInput(finding(n, InspectionProcess.PART_GATE_CODE),
          "问题 " + n + " 所涉节点会议不存在：" + gateCode);
    }
    String cause = text(variables.apply(finding(n, InspectionProcess.PART_CAUSE)));
    if (cause != null && cause.length() > 1000) {
      throw InputRejectedException.badInput(finding(n, InspectionProcess.PART_CAUSE), "原因分析不超过 1000 字");
    }
    String recommendation = text(variables.apply(finding(n, InspectionProcess.PART_RECOMMENDATION)));
    if (recommendation == null) {
      throw InputRejectedException.badInput(finding(n, InspectionProcess.PART_RECOMMENDATION),
          "请填写问题 " + n + " 的整改建议");
    }
    if (recommendation.length() > 1000) {
      throw InputRejectedException.badInput(finding(n, InspectionProcess.PART_RECOMMENDATION), "整改建议不超过 1000 字");
    }
    return new FindingInput(n, category, severity, nodeId, nodeCode, gateCode, description, cause, recommendation);
  }

  /** 整改期限 of a finding reported today: the severity's days (DMN finding-deadline). */
  public LocalDate deadline(FindingSeverity severity, LocalDate reportedOn) {
    List<Map<String, Object>> result = decisions.evaluate(DEADLINE_DECISION, Map.of("severity", severity.name()));
    if (result.size() != 1) {
      throw new IllegalStateException(DEADLINE_DECISION + " gave " + result.size() + " results for " + severity);
    }
    return reportedOn.plusDays(((Number) result.get(0).get("rectifyDays")).longValue());
  }

  /**
   * Stores the report once: the meeting row (kind INSPECTION) with the summary, a follow-up item
   * per finding owned by the project office and verified by the lead inspector, and the findings.
   * Returns the report's meeting id.
   */
  @Transactional
  public long saveReport(long inspectionId, String processInstanceId, String summary, List<FindingInput> found) {
    Inspection inspection = inspection(inspectionId);
    Meeting meeting = reportMeeting(inspection, processInstanceId);
    if (inspections.findFindings(inspectionId).isEmpty()) {
      LocalDate today = EngineTime.today();
      List<DecisionItem> items = found.stream().map(f -> new DecisionItem(rectification(f),
          Groups.office(inspection.projectCode()), null, deadline(f.severity(), today), inspection.leadInspector()))
          .toList();
      List<Long> decisionIds = meetings.saveMinutes(meeting.id(), null, summary, inspection.leadInspector(), items);
      int seq = 1;
      for (int i = 0; i < found.size(); i++) {
        FindingInput f = found.get(i);
        inspections.insertFinding(new InspectionFinding(null, inspectionId, seq++, f.category(), f.severity(),
            f.nodeId(), f.gateCode(), f.description(), f.cause(), f.recommendation(), decisionIds.get(i)));
      }
    }
    inspections.markReported(inspectionId, meeting.id(), InspectionStatus.RECTIFYING, EngineTime.now().withNano(0));
    return meeting.id();
  }

  /** What the office is asked to put right, as the follow-up task shows it. */
  static String rectification(FindingInput f) {
    String text = "【" + f.severity().label() + "·" + f.category().label() + "】" + f.description() + "；整改要求："
        + f.recommendation();
    return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
  }

  public void close(long inspectionId) {
    inspections.markClosed(inspectionId, EngineTime.now().withNano(0));
  }

  public List<InspectionFinding> findingsOf(long inspectionId) {
    return inspections.findFindings(inspectionId);
  }

  /** A project's findings with their 整改; status: OPEN, DONE, VERIFIED or OVERDUE (not verified, past due), or all. */
  public List<FindingView> findings(String projectCode, String status) {
    String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase();
    if (wanted != null && !Set.of("OPEN", "DONE", "VERIFIED", "OVERDUE").contains(wanted)) {
      throw ApiException.badInput("status", "整改状态为 OPEN（整改中）、DONE（待核验）、VERIFIED（已核验）或 OVERDUE（已逾期）");
    }
    LocalDate today = EngineTime.today();
    List<FindingView> views = new ArrayList<>();
    for (InspectionMapper.FindingRow r : inspections.findFindingRows(projectCode)) {
      // as the monthly assessment counts it: past its due date and not verified (reported done is not enough)
      boolean overdue = r.status() != DecisionStatus.VERIFIED && r.dueDate().isBefore(today);
      if (wanted == null || (wanted.equals("OVERDUE") ? overdue : r.status().name().equals(wanted))) {
        views.add(new FindingView(r.id(), r.inspectionId(), r.projectCode(), r.plannedDate(), r.seq(), r.category(),
            r.category().label(), r.severity(), r.severity().label(), r.nodeCode(), r.nodeName(), r.gateCode(),
            r.description(), r.cause(), r.recommendation(), r.decisionId(), r.status(), r.dueDate(), r.completedOn(),
            overdue));
      }
    }
    return views;
  }

  /**
   * 整改完成率 per project: verified 整改 of all its findings, in percent to one decimal; overdue:
   * past the due date and not verified. Projects without findings are absent.
   */
  public record Rectification(String projectCode, int findings, int verified, int overdue, BigDecimal rate) {
  }

  public List<Rectification> rectifications(ProjectSelection selection) {
    return inspections.countRectifications(selection, EngineTime.today()).stream()
        .map(c -> new Rectification(c.projectCode(), c.findings(), c.verified(), c.overdue(),
            BigDecimal.valueOf(c.verified() * 100L).divide(BigDecimal.valueOf(c.findings()), 1, RoundingMode.HALF_UP)))
        .toList();
  }

  public static String title(Inspection inspection) {
    return inspection.projectCode() + " " + inspection.kind().label() + " " + inspection.plannedDate();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value.strip())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }
}
