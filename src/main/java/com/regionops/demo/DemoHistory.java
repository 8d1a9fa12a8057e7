package com.regionops.demo;

import com.regionops.certificate.CertificateChaseProcess;
import com.regionops.projectsupport.SupportCase;
import com.regionops.projectsupport.SupportProcess;
import com.regionops.projectsupport.SupportRequest;
import com.regionops.projectsupport.SupportService;
import com.regionops.projectsupport.VisitRequest;
import com.regionops.coordination.CoordinationProcess;
import com.regionops.coordination.CoordinationRequest;
import com.regionops.coordination.CoordinationService;
import com.regionops.coordination.CoordinationStarted;
import com.regionops.gate.GateCatalog;
import com.regionops.gate.GateDefinition;
import com.regionops.gate.GateProcess;
import com.regionops.inspection.Inspection;
import com.regionops.instruction.ExtensionRequest;
import com.regionops.instruction.InstructionExtension;
import com.regionops.instruction.InstructionProcess;
import com.regionops.instruction.InstructionRequest;
import com.regionops.instruction.InstructionService;
import com.regionops.supervision.SupervisionService;
import com.regionops.document.PdfRenderer;
import com.regionops.document.Upload;
import com.regionops.policy.PolicyProcess;
import com.regionops.policy.PolicyRequest;
import com.regionops.policy.PolicyService;
import com.regionops.inspection.InspectionKind;
import com.regionops.inspection.InspectionProcess;
import com.regionops.inspection.InspectionRequest;
import com.regionops.inspection.InspectionService;
import com.regionops.kpi.KpiService;
import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.operating.Metric;
import com.regionops.operating.TargetDecomposition;
import com.regionops.operating.TargetDecompositionProcess;
import com.regionops.operating.TargetService;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanAdjustmentProcess;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.risk.RiskProcesses;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's past, lived through the real processes with the engine's clock set back, so that
 * Tasklist, the archive, Camunda's history and the board tell one story: this year's targets
 * approved and their actuals month by month, the KPI snapshots of the ended months, each project
 * at a different point of its next gate (one failed, one awaiting review, one awaiting the
 * president's approval of its minutes, decisions verified, open and overdue), three biweekly
 * checks with their corrections (one being tracked, one waiting for its plan adjustment), an
 * approved plan adjustment, and the certificate chases of the last sweep (one filed, awaiting
 * verification). Runs once, on the start that seeded the demo projects; every date is relative
 * to that day.
 */
@Component
@Profile("demo")
class DemoHistory {

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

  /** Biweekly checks seeded, the last one this many days ago. */
  static final int[] CHECK_DAYS_AGO = {42, 28, 14};
  /** How each project's next gate stands, by project. */
  enum GatePhase { PASSED_WITH_OPEN_DECISIONS, CLOSED, AWAITING_REVIEW, AWAITING_APPROVAL, FAILED_AND_RESTARTED,
    PASSED_RECENTLY }

  static final Map<String, GatePhase> GATE_PHASES = Map.of(
      "SZ01", GatePhase.PASSED_WITH_OPEN_DECISIONS, "GZ01", GatePhase.CLOSED, "NJ01", GatePhase.AWAITING_REVIEW,
      "SH01", GatePhase.AWAITING_APPROVAL, "GZ02", GatePhase.FAILED_AND_RESTARTED, "HZ01", GatePhase.PASSED_RECENTLY);

  /** Actual ÷ target per project: the spread the target panel colours. */
  static final Map<String, String> ACHIEVEMENT = Map.of(
      "GZ01", "0.97", "GZ02", "0.82", "SZ01", "1.06", "SH01", "0.68", "HZ01", "0.91", "NJ01", "1.00");
  /** 万元 per month of 销售 for each project; the other metrics are fixed shares of it. */
  static final Map<String, Integer> MONTHLY_SALES = Map.of(
      "GZ01", 9000, "GZ02", 6000, "SZ01", 15000, "SH01", 11000, "HZ01", 4000, "NJ01", 8000);
  static final Map<Metric, String> METRIC_SHARE = Map.of(Metric.SALES, "1", Metric.COLLECTION, "0.9",
      Metric.REVENUE_RECOGNITION, "0.6", Metric.SUPPLY, "1.2", Metric.NET_PROFIT, "0.08", Metric.CASH_FLOW, "0.15",
      Metric.INVESTMENT, "0.35");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final GateCatalog catalog;
  private final ProjectMapper projects;
  private final PlanNodeMapper nodes;
  private final TargetService targets;
  private final KpiService kpis;
  private final InspectionService inspections;
  private final CoordinationService coordination;
  private final SupportService support;
  private final InstructionService instructions;
  private final SupervisionService supervision;
  private final PolicyService policies;
  private final DemoKnowledge knowledge;
  private final DemoTrainings trainings;
  private final DemoHandover handover;
  private final DemoPerformance performance;
  private final PdfRenderer pdf;

  DemoHistory(RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity,
      GateCatalog catalog, ProjectMapper projects, PlanNodeMapper nodes, TargetService targets, KpiService kpis,
      InspectionService inspections, CoordinationService coordination, SupportService support,
      InstructionService instructions, SupervisionService supervision, PolicyService policies, PdfRenderer pdf,
      DemoKnowledge knowledge, DemoTrainings trainings, DemoHandover handover, DemoPerformance performance) {
    this.handover = handover;
    this.performance = performance;
    this.policies = policies;
    this.knowledge = knowledge;
    this.trainings = trainings;
    this.pdf = pdf;
    this.support = support;
    this.instructions = instructions;
    this.supervision = supervision;
    this.inspections = inspections;
    this.coordination = coordination;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.catalog = catalog;
    this.projects = projects;
    this.nodes = nodes;
    this.targets = targets;
    this.kpis = kpis;
  }

  /** today: the day the demo projects were seeded, which every date here is counted from. */
  void seed(LocalDate today) {
    long started = System.nanoTime();
    try {
      for (String region : List.of("SOUTH", "EAST")) {
        targets(region, today);
      }
      for (DemoData.DemoProject p : DemoData.PROJECTS) {
        gate(p, today);
      }
      approvedAdjustment("NJ01", today);
      for (String region : List.of("SOUTH", "EAST")) {
        for (int daysAgo : CHECK_DAYS_AGO) {
          check(region, today.minusDays(daysAgo));
        }
      }
      corrections("SOUTH", today);
      inspection("GZ02", today);
      coordinationMeeting("SZ01", today);
      supportCase("GZ02", today);
      sweep("SOUTH", today, false);
      sweep("EAST", today, true);
      instructions(today);
      policy(today);
      knowledge.seed(this, today);
      trainings.seed(today);
      handover.seed(this, today);
      performance.seed(this, today);
      // last: each month's snapshot counts what the history above dated into it (decisions, 整改, adjustments)
      kpiSnapshots(today);
    } finally {
      ClockUtil.reset();
      identity.clearAuthentication();
    }
    LOG.info("Demo history seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  // --- 经营目标: this year's split, approved in January, and the actuals of every ended month ---

  private void targets(String region, LocalDate today) {
    int year = today.getYear();
    List<DemoData.DemoProject> own = DemoData.PROJECTS.stream().filter(p -> p.region().equals(region)).toList();
    Map<String, BigDecimal> totals = new HashMap<>();
    List<TargetDecomposition.ProjectSplit> splits = new ArrayList<>();
    for (DemoData.DemoProject p : own) {
      for (Metric metric : Metric.values()) {
        List<BigDecimal> monthly = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
          monthly.add(target(p.code(), metric, month));
        }
        splits.add(new TargetDecomposition.ProjectSplit(p.code(), metric.name(), monthly));
        totals.merge(metric.name(), monthly.stream().reduce(BigDecimal.ZERO, BigDecimal::add), BigDecimal::add);
      }
    }
    LocalDateTime submitted = earliest(LocalDate.of(year, 1, 6).atTime(10, 0), today.minusDays(3).atTime(10, 0));
    at(submitted);
    String ops = DemoData.userOf(Groups.REGION_OPS, region);
    long versionId = as(ops, () -> targets.submit(apiUser(ops), region,
        new TargetDecomposition(year, totals, splits)).id());
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(TargetDecompositionProcess.KEY)
        .variableValueEquals(TargetDecompositionProcess.VERSION_ID, versionId).singleResult();
    LocalDateTime time = submitted;
    for (Task review : openTasks(instance.getId(), TargetDecompositionProcess.TASK_REVIEW_SPLIT)) {
      time = time.plusHours(5);
      String function = (String) tasks.getVariable(review.getId(), TargetDecompositionProcess.REVIEW_FUNCTION);
      complete(review, DemoData.userOf(function, region), time, Map.of(TargetDecompositionProcess.REVIEW_OUTCOME,
          TargetDecompositionProcess.APPROVED));
    }
    complete(instance.getId(), TargetDecompositionProcess.TASK_APPROVE, DemoData.userOf(Groups.REGION_PRESIDENT, region),
        time.plusDays(1), Map.of(TargetDecompositionProcess.DECISION, TargetDecompositionProcess.APPROVED,
            TargetDecompositionProcess.DECISION_COMMENT, "同意按此分解下达"));
    for (int month = 1; month < today.getMonthValue(); month++) {
      at(LocalDate.of(year, month, 1).plusMonths(1).atTime(9, 30));
      for (DemoData.DemoProject p : own) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Metric metric : Metric.values()) {
          amounts.put(metric.name(), actual(p.code(), metric, month));
        }
        int m = month;
        Project project = projects.findByCode(p.code());
        as(ops, () -> targets.recordActuals(apiUser(ops), project, year, m, amounts));
      }
    }
  }

  /** The monthly target: the project's base, growing through the year, in the metric's share; to the cent. */
  static BigDecimal target(String project, Metric metric, int month) {
    return new BigDecimal(MONTHLY_SALES.get(project)).multiply(new BigDecimal(METRIC_SHARE.get(metric)))
        .multiply(BigDecimal.valueOf(90 + month * 2)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /** The actual: the project's achievement, a little up and down from month to month. */
  static BigDecimal actual(String project, Metric metric, int month) {
    BigDecimal wobble = BigDecimal.valueOf((month % 3 - 1) * 2L, 2);
    return target(project, metric, month).multiply(new BigDecimal(ACHIEVEMENT.get(project)).add(wobble))
        .setScale(2, RoundingMode.HALF_UP);
  }

  // --- 考核: every ended month of the year snapshotted on the first of the next ---

  private void kpiSnapshots(LocalDate today) {
    for (YearMonth month = YearMonth.of(today.getYear(), 1); month.isBefore(YearMonth.from(today));
        month = month.plusMonths(1)) {
      at(month.plusMonths(1).atDay(1).atTime(2, 0));
      kpis.snapshot(month);
    }
  }

  // --- 七前三后: each project's next gate, at a different point ---

  private void gate(DemoData.DemoProject p, LocalDate today) {
    int passed = DemoDocuments.gatesPassed(p.startedDaysAgo());
    GateDefinition gate = catalog.all().get(passed);
    String office = DemoData.userOf(Groups.office(p.code()), p.region());
    String ops = DemoData.userOf(Groups.REGION_OPS, p.region());
    String president = DemoData.userOf(Groups.REGION_PRESIDENT, p.region());
    switch (GATE_PHASES.get(p.code())) {
      case PASSED_WITH_OPEN_DECISIONS -> {
        LocalDate meeting = today.minusDays(90);
        String pi = meetingHeld(p, gate, meeting, office, ops, "CONDITIONAL",
            "开盘去化率达到预期的 85%，同意按调整后的推售节奏推进，以下事项限期落实。",
            List.of(decision("复盘首开价格策略并提交二批次定价方案", Groups.office(p.code()), meeting.plusDays(20)),
                decision("落实示范区交付标准样板段整改", Groups.office(p.code()), today.plusDays(20)),
                decision("完成车位去化专项方案并报区域营销部", Groups.office(p.code()), meeting.plusDays(45))));
        approveMinutes(pi, president, meeting.plusDays(2).atTime(16, 0));
        carryOut(pi, 0, office, meeting.plusDays(18).atTime(17, 0), "二批次定价方案已报批，见 OA-" + p.code() + "-2031");
        verify(pi, ops, meeting.plusDays(19).atTime(10, 0));
      }
      case CLOSED -> {
        LocalDate meeting = today.minusDays(90);
        String pi = meetingHeld(p, gate, meeting, office, ops, "PASS", "展示区开放条件已具备，同意按方案开放。",
            List.of(decision("开放前完成安全文明施工专项检查", Groups.office(p.code()), meeting.plusDays(10))));
        approveMinutes(pi, president, meeting.plusDays(1).atTime(15, 0));
        carryOut(pi, 0, office, meeting.plusDays(8).atTime(17, 30), "专项检查已完成，整改项 6 项全部闭合");
        verify(pi, ops, meeting.plusDays(9).atTime(9, 30));
      }
      case AWAITING_REVIEW -> {
        String pi = start(p, gate, today.minusDays(6).atTime(9, 0), today.plusDays(5), office);
        submitMaterials(pi, office, today.minusDays(2).atTime(16, 0));
      }
      case AWAITING_APPROVAL -> {
        LocalDate meeting = today.minusDays(3);
        meetingHeld(p, gate, meeting, office, ops, "CONDITIONAL", "工期安排基本可行，主体结构穿插方案需细化后报备。",
            List.of(decision("细化主体结构与精装穿插方案并报区域工程部", Groups.office(p.code()), today.plusDays(14))));
      }
      case FAILED_AND_RESTARTED -> {
        LocalDate meeting = today.minusDays(60);
        String pi = meetingHeld(p, gate, meeting, office, ops, "FAIL",
            "规划方案货值测算与投决口径差异较大，户型配比需重新论证，本次不予通过，修改后重新上会。", List.of());
        approveMinutes(pi, president, meeting.plusDays(1).atTime(17, 0));
        start(p, gate, today.minusDays(10).atTime(10, 0), today.plusDays(8), office);
      }
      case PASSED_RECENTLY -> {
        LocalDate meeting = today.minusDays(10);
        String pi = meetingHeld(p, gate, meeting, office, ops, "PASS", "规划设计方案符合产品定位，同意进入施工图设计。",
            List.of(decision("提交景观方案深化成果", Groups.office(p.code()), today.plusDays(25)),
                decision("完成限额设计指标复核", Groups.office(p.code()), today.plusDays(5))));
        approveMinutes(pi, president, meeting.plusDays(1).atTime(18, 0));
        carryOut(pi, 1, office, today.minusDays(1).atTime(17, 0), "限额设计指标复核完成，报告见 OA-" + p.code() + "-311");
      }
    }
  }

  private static Map<String, Object> decision(String content, String ownerGroup, LocalDate due) {
    return Map.of("Content", content, "OwnerGroup", ownerGroup, "DueDate", due.toString());
  }

  /** Started, materials in, reviewed, the meeting held on the day and its minutes recorded; returns the instance. */
  private String meetingHeld(DemoData.DemoProject p, GateDefinition gate, LocalDate meeting, String office, String ops,
      String conclusion, String minutes, List<Map<String, Object>> decisions) {
    String pi = start(p, gate, meeting.minusDays(9).atTime(9, 0), meeting, office);
    submitMaterials(pi, office, meeting.minusDays(6).atTime(17, 0));
    complete(pi, ReviewMeetingProcess.TASK_REVIEW_MATERIALS, ops, meeting.minusDays(5).atTime(11, 0),
        Map.of(ReviewMeetingProcess.MATERIALS_REVIEW, ReviewMeetingProcess.APPROVED));
    complete(pi, ReviewMeetingProcess.TASK_SCHEDULE_MEETING, ops, meeting.minusDays(4).atTime(15, 0), Map.of(
        ReviewMeetingProcess.MEETING_TIME, meeting.atTime(14, 30).toString(),
        ReviewMeetingProcess.CHAIR_USER, DemoData.userOf(Groups.REGION_PRESIDENT, p.region()),
        ReviewMeetingProcess.MEETING_LOCATION, "区域总部 8 楼会议室"));
    Map<String, Object> record = new HashMap<>();
    record.put(ReviewMeetingProcess.CONCLUSION, conclusion);
    record.put(ReviewMeetingProcess.MINUTES, minutes);
    for (int n = 1; n <= decisions.size(); n++) {
      int k = n;
      decisions.get(n - 1).forEach((part, value) -> record.put(ReviewMeetingProcess.decision(k, part), value));
    }
    record.putAll(DemoKnowledge.minutesLessons(gate.code(), p.code()));
    complete(pi, ReviewMeetingProcess.TASK_RECORD_MINUTES, ops, meeting.plusDays(1).atTime(10, 0), record);
    return pi;
  }

  private String start(DemoData.DemoProject p, GateDefinition gate, LocalDateTime when, LocalDate plannedMeeting,
      String office) {
    at(when);
    return as(office, () -> runtime.startProcessInstanceByKey(GateProcess.keyOf(gate.code()), Map.of(
        GateProcess.PROJECT_CODE, p.code(), GateProcess.PLANNED_MEETING_DATE, plannedMeeting.toString())).getId());
  }

  /** Every item of the checklist the office was given, by its OA reference. */
  private void submitMaterials(String pi, String office, LocalDateTime when) {
    Task task = task(pi, ReviewMeetingProcess.TASK_SUBMIT_MATERIALS);
    Map<String, Object> references = new HashMap<>();
    for (int n = 1; tasks.getVariable(task.getId(), ReviewMeetingProcess.material(n, "Name")) != null; n++) {
      references.put(ReviewMeetingProcess.material(n, "Reference"), "OA-" + when.getYear() + "-" + (300 + n));
    }
    complete(task, office, when, references);
  }

  private void approveMinutes(String pi, String president, LocalDateTime when) {
    complete(pi, ReviewMeetingProcess.TASK_APPROVE_MINUTES, president, when,
        Map.of(ReviewMeetingProcess.MINUTES_REVIEW, ReviewMeetingProcess.APPROVED));
  }

  /** The office reports decision {@code index} (in the minutes' order) done. */
  private void carryOut(String pi, int index, String office, LocalDateTime when, String evidence) {
    Task task = openTasks(pi, DecisionFollowupProcess.TASK_CARRY_OUT).stream()
        .sorted(Comparator.comparingLong(t -> ((Number) tasks.getVariable(t.getId(), DecisionFollowupProcess.DECISION_ID))
            .longValue()))
        .toList().get(index);
    complete(task, office, when, Map.of(DecisionFollowupProcess.EVIDENCE, evidence,
        DecisionFollowupProcess.COMPLETED_ON, when.toLocalDate().toString()));
  }

  private void verify(String pi, String ops, LocalDateTime when) {
    complete(pi, DecisionFollowupProcess.TASK_VERIFY, ops, when,
        Map.of(DecisionFollowupProcess.DECISION_REVIEW, ReviewMeetingProcess.APPROVED));
  }

  // --- 计划调整: one approved through its whole chain ---

  /** A project's first open L2 node due after today moves three weeks; every approver agrees. */
  private void approvedAdjustment(String projectCode, LocalDate today) {
    PlanNode node = nodes.findByProject(projectCode).stream()
        .filter(n -> n.nodeLevel() == NodeLevel.L2 && !n.isCompleted() && n.plannedFinish().isAfter(today.plusDays(20)))
        .min(Comparator.comparing(PlanNode::plannedFinish)).orElseThrow();
    String region = projects.findByCode(projectCode).regionCode();
    String office = DemoData.userOf(Groups.office(projectCode), region);
    at(today.minusDays(25).atTime(10, 0));
    String pi = as(office, () -> runtime.startProcessInstanceByKey(PlanAdjustmentProcess.KEY, Map.of(
        PlanAdjustmentProcess.PROJECT_CODE, projectCode, PlanAdjustmentProcess.NODE_CODE, node.nodeCode(),
        PlanAdjustmentProcess.NEW_PLANNED_FINISH, node.plannedFinish().plusDays(21).toString(),
        PlanAdjustmentProcess.REASON, "政府部门审批窗口延后，外部报批时间顺延三周")).getId());
    approveAll(pi, region, today.minusDays(24).atTime(11, 0));
  }

  /** Every step of a plan adjustment's chain, by a user of the step's group, a few hours apart. */
  private void approveAll(String pi, String region, LocalDateTime from) {
    LocalDateTime when = from;
    for (Task step = task(pi, PlanAdjustmentProcess.TASK_APPROVE); step != null;
        step = task(pi, PlanAdjustmentProcess.TASK_APPROVE)) {
      String group = (String) tasks.getVariable(step.getId(), PlanAdjustmentProcess.APPROVER_GROUP);
      complete(step, DemoData.userOf(group, region), when, Map.of(PlanAdjustmentProcess.APPROVAL_DECISION,
          PlanAdjustmentProcess.APPROVED, PlanAdjustmentProcess.APPROVAL_COMMENT, "同意"));
      when = when.plusHours(6);
    }
  }

  // --- 双周检查 and 纠偏 ---

  private void check(String region, LocalDate period) {
    at(period.atTime(8, 0));
    String pi = runtime.startProcessInstanceByMessage(RiskProcesses.MESSAGE_CHECK, region + ":" + period,
        Map.of(RiskProcesses.REGION_CODE, region, RiskProcesses.PERIOD_DATE, period.toString())).getId();
    runAsyncJobs(pi);
    complete(pi, RiskProcesses.TASK_REVIEW_REPORT, DemoData.userOf(Groups.REGION_OPS, region),
        period.plusDays(1).atTime(10, 0), Map.of());
  }

  /**
   * Of the region's open corrections, the office of one plans its measures and they are approved (now tracked until the risk clears); the next one's measures need a plan
   * adjustment, which waits for its first approver.
   */
  private void corrections(String region, LocalDate today) {
    List<ProcessInstance> open = runtime.createProcessInstanceQuery().processDefinitionKey(RiskProcesses.CORRECTION_KEY)
        .tenantIdIn(region).active().list().stream()
        .sorted(Comparator.comparing(ProcessInstance::getBusinessKey)).toList();
    // from the last project: GZ01's office keeps corrections of its own to plan
    List<ProcessInstance> withTask = open.stream()
        .filter(pi -> task(pi.getId(), RiskProcesses.TASK_PLAN_CORRECTION) != null)
        .sorted(Comparator.comparing(ProcessInstance::getBusinessKey).reversed()).toList();
    for (int i = 0; i < Math.min(2, withTask.size()); i++) {
      String pi = withTask.get(i).getId();
      String project = (String) runtime.getVariable(pi, RiskProcesses.PROJECT_CODE);
      boolean adjust = i == 1;
      Map<String, Object> plan = new HashMap<>();
      plan.put(RiskProcesses.CAUSE, adjust ? "设计变更导致施工图延期出图" : "总包劳动力不足，雨季影响室外作业");
      plan.put(RiskProcesses.MEASURES, adjust ? "设计院驻场出图，调整节点计划并同步后续工序"
          : "增加两个班组并周末加班，三周内追回进度");
      plan.put(RiskProcesses.FORECAST_FINISH, today.plusDays(adjust ? 35 : 20).toString());
      plan.put(RiskProcesses.NEEDS_ADJUSTMENT, adjust);
      complete(pi, RiskProcesses.TASK_PLAN_CORRECTION, DemoData.userOf(Groups.office(project), region),
          today.minusDays(12 - 2L * i).atTime(16, 0), plan);
      Task review = task(pi, RiskProcesses.TASK_REVIEW_CORRECTION);
      String reviewer = DemoData.userOf((String) tasks.getVariable(review.getId(), RiskProcesses.ESCALATE_TO_GROUP), region);
      complete(review, reviewer, today.minusDays(11 - 2L * i).atTime(10, 0),
          Map.of(RiskProcesses.CORRECTION_REVIEW, "APPROVED"));
    }
  }

  // --- 巡检: GZ02 inspected three weeks ago; of its 整改 one is verified, one reported, the 严重 one overdue ---

  private void inspection(String projectCode, LocalDate today) {
    LocalDate day = today.minusDays(21);
    String ops = DemoData.userOf(Groups.REGION_OPS, "SOUTH");
    String lead = DemoData.userOf(Groups.FN_ENGINEERING, "SOUTH");
    String office = DemoData.userOf(Groups.office(projectCode), "SOUTH");
    at(day.minusDays(7).atTime(10, 0));
    Inspection arranged = as(ops, () -> inspections.arrange(apiUser(ops), projects.findByCode(projectCode),
        new InspectionRequest(InspectionKind.PROGRESS.name(), day.toString(), 1, lead,
            List.of(DemoData.userOf(Groups.FN_DESIGN, "SOUTH")), "连续两次双周检查存在红/橙节点，驻场进度巡检")));
    String pi = arranged.processInstanceId();
    at(day.atTime(InspectionProcess.START_HOUR, 0));
    management.createJobQuery().processInstanceId(pi).timers().list().forEach(j -> management.executeJob(j.getId()));
    PlanNode late = nodes.findByProject(projectCode).stream()
        .filter(n -> !n.isCompleted() && n.plannedFinish().isBefore(day)).findFirst().orElseThrow();
    Map<String, Object> report = new HashMap<>();
    report.put(InspectionProcess.REPORT_SUMMARY, "主体施工进度滞后，现场质量总体受控，资料管理需加强。");
    finding(report, 1, "SCHEDULE", "SERIOUS", late.nodeCode(), null, late.name() + "已逾期，且无赶工计划",
        "总包劳动力不足，材料进场滞后", "三日内报送赶工计划，每周报送进度");
    finding(report, 2, "QUALITY", "IMPORTANT", null, "SHOWROOM_OPENING", "样板区外墙渗水",
        "防水节点施工不规范", "返工并组织第三方闭水试验");
    finding(report, 3, "RECORDS", "GENERAL", null, null, "隐蔽工程验收记录签字不全", null, "补签并归档");
    complete(pi, InspectionProcess.TASK_RECORD_FINDINGS, lead, day.plusDays(2).atTime(17, 0), report);
    for (Task t : openTasks(pi, DecisionFollowupProcess.TASK_CARRY_OUT)) {
      String content = (String) tasks.getVariable(t.getId(), DecisionFollowupProcess.CONTENT);
      if (content.startsWith("【一般")) {
        complete(t, office, today.minusDays(12).atTime(15, 0), Map.of(DecisionFollowupProcess.EVIDENCE,
            "验收记录已补签，扫描件见附件", DecisionFollowupProcess.COMPLETED_ON, today.minusDays(12).toString()));
        complete(pi, DecisionFollowupProcess.TASK_VERIFY, lead, today.minusDays(10).atTime(10, 0),
            Map.of(DecisionFollowupProcess.DECISION_REVIEW, ReviewMeetingProcess.APPROVED));
      } else if (content.startsWith("【重要")) {
        complete(t, office, today.minusDays(6).atTime(16, 0), Map.of(DecisionFollowupProcess.EVIDENCE,
            "已返工，闭水试验报告待第三方出具", DecisionFollowupProcess.COMPLETED_ON, today.minusDays(6).toString()));
      }
    }
  }

  // --- 协调会: SZ01's office asked eight days ago, region-ops accepted, held two days later; its decision open ---

  private void coordinationMeeting(String projectCode, LocalDate today) {
    String office = DemoData.userOf(Groups.office(projectCode), "SOUTH");
    String ops = DemoData.userOf(Groups.REGION_OPS, "SOUTH");
    LocalDate asked = today.minusDays(8);
    at(asked.atTime(9, 30));
    CoordinationStarted started = as(office, () -> coordination.request(apiUser(office), projects.findByCode(projectCode),
        new CoordinationRequest("精装交付样板与园林施工交叉作业", "园林单位进场需占用精装材料通道，双方对工期和成品保护责任有分歧",
            asked.plusDays(2).toString(), List.of(Groups.FN_ENGINEERING, Groups.FN_MARKETING))));
    String pi = started.processInstanceId();
    complete(pi, CoordinationProcess.TASK_ACCEPT, ops, asked.atTime(11, 0),
        Map.of(CoordinationProcess.COORDINATION_REVIEW, ReviewMeetingProcess.APPROVED));
    complete(pi, ReviewMeetingProcess.TASK_SCHEDULE_MEETING, ops, asked.atTime(15, 0), Map.of(
        ReviewMeetingProcess.MEETING_TIME, asked.plusDays(2).atTime(14, 0).atZone(EngineTime.ZONE).toOffsetDateTime()
            .toString(),
        ReviewMeetingProcess.MEETING_LOCATION, "SZ01 项目部会议室", ReviewMeetingProcess.CHAIR_USER, ops));
    Map<String, Object> record = new HashMap<>();
    record.put(ReviewMeetingProcess.MINUTES, "园林单位错峰进场，精装单位三日内让出材料通道；成品保护由总包统一负责。");
    record.put(ReviewMeetingProcess.decision(1, "Content"), "总包编制交叉作业与成品保护方案并报监理");
    record.put(ReviewMeetingProcess.decision(1, "OwnerGroup"), Groups.office(projectCode));
    record.put(ReviewMeetingProcess.decision(1, "DueDate"), today.plusDays(7).toString());
    complete(pi, ReviewMeetingProcess.TASK_RECORD_MINUTES, ops, asked.plusDays(2).atTime(18, 0), record);
    approveMinutes(pi, DemoData.userOf(Groups.REGION_PRESIDENT, "SOUTH"), asked.plusDays(3).atTime(9, 30));
  }

  // --- 帮扶: GZ02 designated 20 days ago, approved, its team formed; one visit with a decision; 帮扶中 ---

  private void supportCase(String projectCode, LocalDate today) {
    String ops = DemoData.userOf(Groups.REGION_OPS, "SOUTH");
    String leader = DemoData.userOf(Groups.FN_ENGINEERING, "SOUTH");
    LocalDate start = today.minusDays(20);
    at(start.atTime(10, 0));
    SupportCase opened = as(ops, () -> support.open(apiUser(ops), projects.findByCode(projectCode), new SupportRequest(
        "连续两次双周检查存在红色节点，严重巡检问题逾期未整改", "三个月内红色节点转为黄色及以下，开盘前置节点按期完成", "ON_SITE",
        start.toString(), start.plusMonths(3).toString(), "连续两次双周检查存在红色节点，建议驻场帮扶")));
    String pi = opened.processInstanceId();
    complete(pi, SupportProcess.TASK_APPROVE, DemoData.userOf(Groups.REGION_PRESIDENT, "SOUTH"), start.atTime(16, 0),
        Map.of(SupportProcess.SUPPORT_REVIEW, ReviewMeetingProcess.APPROVED));
    Map<String, Object> team = new HashMap<>();
    team.put(SupportProcess.LEADER, leader);
    team.put(SupportProcess.MEMBERS, DemoData.userOf(Groups.FN_DESIGN, "SOUTH"));
    team.put(SupportProcess.SUPPORT_PLAN, "工程部牵头驻场，每两周走访一次；设计部协调施工图变更；每月向区域总裁报告进展");
    team.put(SupportProcess.VISITS_PLANNED, 6L);
    complete(pi, SupportProcess.TASK_FORM_TEAM, ops, start.plusDays(1).atTime(11, 0), team);
    at(today.minusDays(10).atTime(18, 0));
    as(leader, () -> support.logVisit(apiUser(leader), opened.id(), new VisitRequest(today.minusDays(10).toString(),
        "ON_SITE", List.of(leader, DemoData.userOf(Groups.FN_DESIGN, "SOUTH")), "主体结构劳动力不足，施工图变更未闭合",
        "总包增加两个班组；设计院驻场出图", List.of(new VisitRequest.Decision("总包报送劳动力补充计划并每周更新",
            Groups.office(projectCode), today.plusDays(5).toString())))));
  }

  // --- 上传下达: instructions in every state, and the colours they have today ---

  private void instructions(LocalDate today) {
    String south = DemoData.userOf(Groups.REGION_OPS, "SOUTH");
    String east = DemoData.userOf(Groups.REGION_OPS, "EAST");
    String group = "groupops";

    // 集团经营分析会指示: SOUTH relayed it to three projects (one accepted, one returned, one extended), EAST
    // handles it itself and has answered; both regions' answers are due in three days
    at(today.minusDays(12).atTime(9, 0));
    long review = as(group, () -> instructions.issue(apiUser(group), new InstructionRequest("落实四季度供货与回款专项部署",
        "各区域按经营分析会要求，梳理四季度可售货值与回款计划，逐项目明确供货节点和保障措施，汇总后报集团运营中心。",
        "OPERATING_REVIEW", "REPORT", today.plusDays(3).toString(), "集团2026年第三季度经营分析会",
        List.of("SOUTH", "EAST"), null))).id();
    as(group, () -> instructions.attach(apiUser(group), review, Upload.of("关于落实四季度供货与回款专项部署的通知.pdf",
        notice("关于落实四季度供货与回款专项部署的通知", "各区域按集团第三季度经营分析会要求，逐项目梳理可售货值、供货节点与回款计划，"
            + "于期限前汇总反馈。", today.minusDays(12)))));
    String southPi = instance(review, "SOUTH");
    Map<String, Object> relay = new HashMap<>();
    relay.put(InstructionProcess.HANDLING, InstructionProcess.RELAY);
    relay.put(InstructionProcess.RELAY_PROJECTS, org.camunda.spin.plugin.variable.SpinValues
        .jsonValue("[\"GZ01\",\"GZ02\",\"SZ01\"]").create());
    relay.put(InstructionProcess.RELAY_DEADLINE, today.minusDays(2).toString());
    complete(southPi, InstructionProcess.TASK_ACKNOWLEDGE, south, today.minusDays(12).atTime(15, 0), relay);
    complete(projectTask(southPi, InstructionProcess.TASK_ACKNOWLEDGE_PROJECT, "GZ01"), "office.gz01",
        today.minusDays(11).atTime(9, 30), Map.of());
    complete(projectTask(southPi, InstructionProcess.TASK_ACKNOWLEDGE_PROJECT, "GZ02"), "office.gz02",
        today.minusDays(11).atTime(10, 0), Map.of());
    complete(projectTask(southPi, InstructionProcess.TASK_ACKNOWLEDGE_PROJECT, "SZ01"), "office.sz01",
        today.minusDays(9).atTime(16, 0), Map.of());
    complete(projectTask(southPi, InstructionProcess.TASK_REPORT, "GZ01"), "office.gz01", today.minusDays(5).atTime(17, 0),
        Map.of(InstructionProcess.FEEDBACK_TEXT, "四季度可售货值 8.6 亿元，12 月 20 日前 3#、5# 楼取证供货；回款计划已分解到周。"));
    complete(projectTask(southPi, InstructionProcess.TASK_REPORT, "GZ02"), "office.gz02", today.minusDays(5).atTime(18, 0),
        Map.of(InstructionProcess.FEEDBACK_TEXT, "四季度供货 2 栋，回款按月推进。"));
    complete(projectTask(southPi, InstructionProcess.TASK_REVIEW, "GZ01"), south, today.minusDays(4).atTime(10, 0),
        Map.of(InstructionProcess.FEEDBACK_REVIEW, ReviewMeetingProcess.APPROVED));
    complete(projectTask(southPi, InstructionProcess.TASK_REVIEW, "GZ02"), south, today.minusDays(4).atTime(10, 30),
        Map.of(InstructionProcess.FEEDBACK_REVIEW, ReviewMeetingProcess.RETURNED, InstructionProcess.FEEDBACK_REVIEW_COMMENT,
            "请补充分月供货节点和回款保障措施"));
    at(today.minusDays(4).atTime(11, 0));
    InstructionExtension asked = as("office.sz01", () -> instructions.requestExtension(apiUser("office.sz01"), review,
        new ExtensionRequest(null, "四季度货值需待 12 月推盘方案定稿后确认", today.plusDays(1).toString())));
    complete(extensionTask(southPi, asked.id()), south, today.minusDays(4).atTime(15, 0),
        Map.of("extensionReview", ReviewMeetingProcess.APPROVED));
    String eastPi = instance(review, "EAST");
    complete(eastPi, InstructionProcess.TASK_ACKNOWLEDGE, east, today.minusDays(11).atTime(9, 0),
        Map.of(InstructionProcess.HANDLING, InstructionProcess.SELF));
    complete(eastPi, InstructionProcess.TASK_CONSOLIDATE, east, today.minusDays(1).atTime(17, 0),
        Map.of(InstructionProcess.REGION_ANSWER, "华东区域四季度可售货值 21.4 亿元，回款计划 15.8 亿元，分项目计划见附件。"));

    // 数据报送, 签收 only: SOUTH acknowledged; EAST never did
    at(today.minusDays(20).atTime(9, 0));
    long data = as(group, () -> instructions.issue(apiUser(group), new InstructionRequest("学习集团运营管理制度（2026版）",
        "请组织区域运营条线学习集团运营管理制度（2026版），签收确认。", "OPERATIONS_REQUIREMENT", "ACKNOWLEDGE",
        today.minusDays(15).toString(), null, List.of("SOUTH", "EAST"), null))).id();
    complete(instance(data, "SOUTH"), InstructionProcess.TASK_ACKNOWLEDGE, south, today.minusDays(19).atTime(10, 0),
        Map.of(InstructionProcess.HANDLING, InstructionProcess.SELF));

    // a region's own: 安全生产月自查 to GZ01 (answered and accepted) and GZ02 (late, its extension refused)
    at(today.minusDays(25).atTime(9, 0));
    long safety = as(south, () -> instructions.issue(apiUser(south), new InstructionRequest("开展安全生产月自查",
        "各项目对照安全生产月检查表开展自查，反馈问题清单及整改情况。", "OPERATIONS_REQUIREMENT", "REPORT",
        today.minusDays(10).toString(), null, null, List.of("GZ01", "GZ02")))).id();
    String safetyPi = instance(safety, "SOUTH");
    complete(projectTask(safetyPi, InstructionProcess.TASK_ACKNOWLEDGE_PROJECT, "GZ01"), "office.gz01",
        today.minusDays(24).atTime(9, 0), Map.of());
    complete(projectTask(safetyPi, InstructionProcess.TASK_ACKNOWLEDGE_PROJECT, "GZ02"), "office.gz02",
        today.minusDays(24).atTime(11, 0), Map.of());
    complete(projectTask(safetyPi, InstructionProcess.TASK_REPORT, "GZ01"), "office.gz01", today.minusDays(12).atTime(16, 0),
        Map.of(InstructionProcess.FEEDBACK_TEXT, "自查发现 6 项问题，已整改 5 项，临边防护 1 项本周完成。"));
    complete(projectTask(safetyPi, InstructionProcess.TASK_REVIEW, "GZ01"), south, today.minusDays(11).atTime(9, 0),
        Map.of(InstructionProcess.FEEDBACK_REVIEW, ReviewMeetingProcess.APPROVED));
    at(today.minusDays(12).atTime(10, 0));
    InstructionExtension late = as("office.gz02", () -> instructions.requestExtension(apiUser("office.gz02"), safety,
        new ExtensionRequest(null, "总包安全员调整", today.minusDays(3).toString())));
    complete(extensionTask(safetyPi, late.id()), south, today.minusDays(12).atTime(15, 0),
        Map.of("extensionReview", ReviewMeetingProcess.RETURNED, "extensionReviewComment", "自查不因人员调整延期，请按期反馈"));

    // just issued: SZ01 has yet to acknowledge
    at(today.minusDays(1).atTime(16, 0));
    as(south, () -> instructions.issue(apiUser(south), new InstructionRequest("报送2027年经营计划初稿",
        "请各项目报送2027年经营计划初稿（销售、回款、供货、开工），作为年度目标分解的基础。", "DATA_REPORT", "REPORT",
        today.plusDays(14).toString(), null, null, List.of("SZ01"))));

    supervision.sweep(today);
  }

  // --- 制度宣贯: SOUTH's 计划运营管理办法 v2, published six days ago; about half have acknowledged it ---

  private void policy(LocalDate today) {
    String ops = DemoData.userOf(Groups.REGION_OPS, "SOUTH");
    at(today.minusDays(6).atTime(10, 0));
    long id = as(ops, () -> policies.publish(apiUser(ops), new PolicyRequest("华南区域计划运营管理办法", "HN-YY-003", "2",
        today.minusDays(6).toString(), List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE, Groups.FN_ENGINEERING),
        today.plusDays(4).toString(), null, null,
        "第二版：节点填报须在实际完成后 3 天内提交阶段成果；计划调整须在节点到期前申请；双周检查红色节点 5 个工作日内提交纠偏措施。",
        null))).id();
    as(ops, () -> policies.attach(apiUser(ops), id, Upload.of("华南区域计划运营管理办法（第二版）.pdf",
        notice("华南区域计划运营管理办法（第二版）", "节点填报、计划调整、双周检查与纠偏的区域规则。", today.minusDays(6)))));
    String pi = runtime.createProcessInstanceQuery().processDefinitionKey(PolicyProcess.KEY)
        .variableValueEquals(PolicyProcess.POLICY_ID, id).singleResult().getId();
    for (String reader : List.of(ops, "office.gz01", "office.sz01")) {
      Task read = openTasks(pi, PolicyProcess.TASK_READ).stream().filter(t -> reader.equals(t.getAssignee()))
          .findFirst().orElseThrow(() -> new IllegalStateException("demo history: no 阅读制度 for " + reader));
      complete(read, reader, today.minusDays(5).atTime(9, 0).plusHours(reader.length() % 5),
          Map.of(PolicyProcess.ACKNOWLEDGED, true));
    }
  }

  /** A one-page notice as the demo's 下发文件. */
  private byte[] notice(String title, String text, LocalDate day) {
    return pdf.render(PdfRenderer.page(title, "<h1>" + PdfRenderer.escape(title) + "</h1><p>" + PdfRenderer.escape(text)
        + "</p><p>日期：" + day + "</p><p class=\"foot\">演示资料：由 RegionOps 演示数据生成。</p>"), title);
  }

  private String instance(long instructionId, String region) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey("INSTRUCTION:" + instructionId + ":" + region)
        .singleResult().getId();
  }

  /** A project's task in its pass through the instruction's 项目签收与反馈. */
  private Task projectTask(String pi, String taskKey, String projectCode) {
    return openTasks(pi, taskKey).stream()
        .filter(t -> projectCode.equals(runtime.getVariable(t.getExecutionId(), InstructionProcess.PROJECT_CODE)))
        .findFirst().orElseThrow(() -> new IllegalStateException("demo history: no " + taskKey + " of " + projectCode));
  }

  private Task extensionTask(String pi, long extensionId) {
    return openTasks(pi, InstructionProcess.TASK_APPROVE_EXTENSION).stream()
        .filter(t -> Long.valueOf(extensionId).equals(((Number) runtime.getVariable(t.getExecutionId(),
            InstructionProcess.EXTENSION_ID)).longValue()))
        .findFirst().orElseThrow(() -> new IllegalStateException("demo history: no approval of extension " + extensionId));
  }

  private static void finding(Map<String, Object> report, int n, String category, String severity, String nodeCode,
      String gateCode, String description, String cause, String recommendation) {
    report.put(InspectionProcess.finding(n, InspectionProcess.PART_DESCRIPTION), description);
    report.put(InspectionProcess.finding(n, InspectionProcess.PART_CATEGORY), category);
    report.put(InspectionProcess.finding(n, InspectionProcess.PART_SEVERITY), severity);
    if (nodeCode != null) {
      report.put(InspectionProcess.finding(n, InspectionProcess.PART_NODE_CODE), nodeCode);
    }
    if (gateCode != null) {
      report.put(InspectionProcess.finding(n, InspectionProcess.PART_GATE_CODE), gateCode);
    }
    if (cause != null) {
      report.put(InspectionProcess.finding(n, InspectionProcess.PART_CAUSE), cause);
    }
    report.put(InspectionProcess.finding(n, InspectionProcess.PART_RECOMMENDATION), recommendation);
  }

  // --- 证照: the sweep of ten days ago, and (fileOne) the latest-due chase filed since ---

  private void sweep(String region, LocalDate today, boolean fileOne) {
    at(today.minusDays(10).atTime(7, 0));
    String pi = runtime.startProcessInstanceByMessage(CertificateChaseProcess.MESSAGE_SWEEP,
        Map.of(CertificateChaseProcess.REGION_CODE, region)).getId();
    runAsyncJobs(pi);
    List<Task> filing = tasks.createTaskQuery().processDefinitionKey(CertificateChaseProcess.REVIEW_KEY)
        .tenantIdIn(region).taskDefinitionKey(CertificateChaseProcess.TASK_FILE).orderByTaskCreateTime().asc().list();
    if (!fileOne || filing.isEmpty()) {
      return;
    }
    Task first = filing.stream().max(Comparator.comparing(t -> String.valueOf(
        tasks.getVariable(t.getId(), CertificateChaseProcess.DUE_DATE)))).orElseThrow();
    String kind = (String) tasks.getVariable(first.getId(), CertificateChaseProcess.KIND);
    LocalDate due = LocalDate.parse(String.valueOf(tasks.getVariable(first.getId(), CertificateChaseProcess.DUE_DATE)));
    String group = (String) tasks.getVariable(first.getId(), CertificateChaseProcess.RESPONSIBLE_GROUP);
    Map<String, Object> filed = new HashMap<>();
    filed.put(CertificateChaseProcess.FILING_DATE, today.minusDays(3).toString());
    filed.put(CertificateChaseProcess.DOCUMENT_REF, "办理回执 " + today.getYear() + "-" + first.getId().hashCode() % 900);
    if ("RENEWAL".equals(kind)) {
      filed.put(CertificateChaseProcess.NEW_VALID_UNTIL, due.plusYears(3).toString());
    } else {
      filed.put(CertificateChaseProcess.NEW_NEXT_REVIEW_DUE, due.plusYears(1).toString());
    }
    complete(first, DemoData.userOf(group, region), today.minusDays(3).atTime(15, 0), filed);
  }

  // --- the engine, driven as the users would, at a moved clock ---

  void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(EngineTime.toDate(time));
  }

  private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  /** Runs the instance tree's async continuations (never its timers) until none is left. */
  private void runAsyncJobs(String rootInstanceId) {
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = management.createJobQuery().rootProcessInstanceId(rootInstanceId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("async jobs of " + rootInstanceId + " do not settle");
  }

  private List<Task> openTasks(String rootInstanceId, String taskKey) {
    List<String> instances = new ArrayList<>();
    instances.add(rootInstanceId);
    runtime.createProcessInstanceQuery().rootProcessInstanceId(rootInstanceId).list()
        .forEach(pi -> instances.add(pi.getId()));
    return tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).taskDefinitionKey(taskKey)
        .orderByTaskCreateTime().asc().list();
  }

  private Task task(String rootInstanceId, String taskKey) {
    List<Task> open = openTasks(rootInstanceId, taskKey);
    return open.isEmpty() ? null : open.get(0);
  }

  private void complete(String rootInstanceId, String taskKey, String user, LocalDateTime when,
      Map<String, Object> variables) {
    Task task = task(rootInstanceId, taskKey);
    if (task == null) {
      throw new IllegalStateException("demo history: no open " + taskKey + " under " + rootInstanceId);
    }
    complete(task, user, when, variables);
  }

  void complete(Task task, String user, LocalDateTime when, Map<String, Object> variables) {
    at(when);
    as(user, () -> {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  <T> T as(String user, java.util.function.Supplier<T> work) {
    DemoData.DemoUser demoUser = DemoData.user(user);
    identity.setAuthentication(user, demoUser.groups(), demoUser.tenants());
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  static ApiUser apiUser(String user) {
    DemoData.DemoUser demoUser = DemoData.user(user);
    return new ApiUser(user, Set.copyOf(demoUser.groups()), Set.copyOf(demoUser.tenants()));
  }
}
