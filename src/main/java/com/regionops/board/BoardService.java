package com.regionops.board;

import com.regionops.certificate.Certificate;
import com.regionops.certificate.CertificateService;
import com.regionops.certificate.CertificateStatus;
import com.regionops.certificate.ChaseStages;
import com.regionops.gate.GateReviewService;
import com.regionops.gate.GateState;
import com.regionops.inspection.InspectionService;
import com.regionops.kpi.KpiRanking;
import com.regionops.kpi.KpiService;
import com.regionops.operating.TargetGrade;
import com.regionops.operating.TargetService;
import com.regionops.org.Project;
import com.regionops.org.ProjectSelection;
import com.regionops.org.ProjectService;
import com.regionops.org.Region;
import com.regionops.org.RegionService;
import com.regionops.plan.NodeCategory;
import com.regionops.projectsupport.SupportService;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import com.regionops.risk.RiskAssessment;
import com.regionops.risk.RiskCheck;
import com.regionops.risk.RiskCheckService;
import com.regionops.risk.RiskMapper;
import com.regionops.risk.CorrectionStates;
import com.regionops.handover.HandoverService;
import com.regionops.knowledge.KnowledgeTargets;
import com.regionops.operating.TargetBasis;
import com.regionops.partner.Basis;
import com.regionops.performance.PerformancePlanService;
import com.regionops.supervision.SupervisionReport;
import com.regionops.supervision.SupervisionReports;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * 区域运营看板: what the first paint of the board needs for one region, in one call, built from the
 * same services as the rest of the API. A region user sees the region; group-ops and admin any
 * region; a project office its own projects of the region and nothing region-wide of others.
 */
@Service
public class BoardService {

  /** Certificates whose validity or next review ends within this many days are on the timeline. */
  static final int CERTIFICATE_HORIZON_DAYS = 180;
  /** Checks shown in the risk trend. */
  static final int TREND_CHECKS = 6;
  static final List<String> GRADE_ORDER = List.of("GREEN", "YELLOW", "ORANGE", "RED");

  private final RegionService regions;
  private final ProjectService projects;
  private final GateReviewService gates;
  private final RiskCheckService risks;
  private final PlanNodeMapper nodes;
  private final CertificateService certificates;
  private final TargetService targets;
  private final KpiService kpis;
  private final CorrectionStates corrections;
  private final ChaseStages chases;
  private final InspectionService inspections;
  private final SupportService support;

  private final SupervisionReports supervision;
  private final KnowledgeTargets knowledge;
  private final TargetBasis targetBasis;
  private final HandoverService handover;
  private final PerformancePlanService performance;

  public BoardService(RegionService regions, ProjectService projects, GateReviewService gates, RiskCheckService risks,
      PlanNodeMapper nodes, CertificateService certificates, TargetService targets, KpiService kpis,
      CorrectionStates corrections, ChaseStages chases, InspectionService inspections, SupportService support,
      SupervisionReports supervision, KnowledgeTargets knowledge, TargetBasis targetBasis, HandoverService handover,
      PerformancePlanService performance) {
    this.performance = performance;
    this.handover = handover;
    this.targetBasis = targetBasis;
    this.supervision = supervision;
    this.knowledge = knowledge;
    this.inspections = inspections;
    this.support = support;
    this.corrections = corrections;
    this.chases = chases;
    this.regions = regions;
    this.projects = projects;
    this.gates = gates;
    this.risks = risks;
    this.nodes = nodes;
    this.certificates = certificates;
    this.targets = targets;
    this.kpis = kpis;
  }

  public Board board(ApiUser user, String regionCode) {
    return board(user, regionCode, Basis.ASSESSMENT);
  }

  /** As {@link #board(ApiUser, String)} with the targets panel in a 口径 (考核 by default). */
  public Board board(ApiUser user, String regionCode, Basis basis) {
    List<Region> switchable = regions.list(user);
    List<Project> visible = projects.list(user);
    String code = regionCode != null && !regionCode.isBlank() ? regionCode.trim()
        : switchable.stream().map(Region::code).filter(c -> visible.stream().anyMatch(p -> p.regionCode().equals(c)))
            .findFirst().orElse(null);
    Region region = switchable.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    List<Project> scope = visible.stream().filter(p -> p.regionCode().equals(code))
        .sorted(Comparator.comparing(Project::code)).toList();
    boolean wholeRegion = code != null && user.canSeeRegion(code);
    if (region == null || (!wholeRegion && scope.isEmpty())) {
      throw ApiException.notFound("区域不存在或无权查看：" + regionCode);
    }
    LocalDate today = EngineTime.today();
    Set<String> codes = scope.stream().map(Project::code).collect(Collectors.toSet());
    Set<String> supported = support.supported(codes);
    List<Board.ProjectRef> refs = scope.stream()
        .map(p -> new Board.ProjectRef(p.code(), p.name(), supported.contains(p.code()))).toList();
    List<Board.Region> regionRefs = switchable.stream().map(r -> new Board.Region(r.code(), r.name())).toList();
    return new Board(code, region.name(), wholeRegion ? "REGION" : "PROJECTS", today, regionRefs, refs,
        gatePanel(code, scope, today), riskPanel(code, codes, wholeRegion), milestones(scope, today),
        certificatePanel(user, code, codes, today),
        targetBasis.grades(wholeRegion ? targetPanel(code, today, null) : targetPanel(code, today, codes), basis),
        kpiPanel(code, codes, wholeRegion, today),
        inspections.rectifications(wholeRegion ? ProjectSelection.ofRegion(code) : ProjectSelection.ofProjects(codes)),
        supervisionPanel(region, codes, wholeRegion, today), knowledge.report(user, code, today.getYear()), basis,
        basis.label(), handover.regionMargins(user, code), wholeRegion ? performance.current(code) : null);
  }

  /** 三色督办 of this month; an office reads its own projects' lines only. */
  private SupervisionReport supervisionPanel(Region region, Set<String> codes, boolean wholeRegion, LocalDate today) {
    SupervisionReport report = supervision.report(region, java.time.YearMonth.from(today));
    if (wholeRegion) {
      return report;
    }
    return new SupervisionReport(report.regionCode(), report.regionName(), report.month(), null,
        report.projects().stream().filter(line -> codes.contains(line.projectCode())).toList());
  }

  private List<Board.GateRow> gatePanel(String regionCode, List<Project> scope, LocalDate today) {
    List<Board.GateRow> rows = new ArrayList<>();
    gates.overviews(regionCode, scope.stream().map(Project::code).toList(), today).forEach((project, states) -> {
      List<Board.GateCell> cells = new ArrayList<>();
      for (GateState g : states) {
        cells.add(new Board.GateCell(g.gateCode(), g.name(), g.status().name(), g.conclusion(), g.round(),
            g.openDecisions(), g.overdueDecisions()));
      }
      rows.add(new Board.GateRow(project, cells));
    });
    return rows;
  }

  private Board.RiskPanel riskPanel(String regionCode, Set<String> codes, boolean wholeRegion) {
    List<RiskCheck> checks = risks.checks(List.of(regionCode)).stream()
        .filter(c -> c.finishedAt() != null)
        .sorted(Comparator.comparing(RiskCheck::periodDate)).toList();
    if (checks.isEmpty()) {
      return new Board.RiskPanel(null, List.of(), List.of(), List.of(), List.of());
    }
    List<RiskCheck> recent = checks.subList(Math.max(0, checks.size() - TREND_CHECKS), checks.size());
    List<Board.TrendPoint> trend = new ArrayList<>();
    // an office reads its own projects' counts, never the region's
    Map<LocalDate, RiskMapper.GradeCount> own = wholeRegion ? Map.of()
        : risks.countRedOrange(regionCode, recent.stream().map(RiskCheck::periodDate).toList(),
            ProjectSelection.ofProjects(codes)).stream()
            .collect(Collectors.toMap(RiskMapper.GradeCount::periodDate, g -> g));
    for (RiskCheck c : recent) {
      if (wholeRegion) {
        trend.add(new Board.TrendPoint(c.periodDate(), c.redCount(), c.orangeCount()));
      } else {
        RiskMapper.GradeCount counts = own.get(c.periodDate());
        trend.add(new Board.TrendPoint(c.periodDate(), counts == null ? 0 : counts.red(),
            counts == null ? 0 : counts.orange()));
      }
    }
    LocalDate latest = recent.get(recent.size() - 1).periodDate();
    Map<String, Map<String, String>> worst = new LinkedHashMap<>();
    codes.stream().sorted().forEach(c -> worst.put(c, new LinkedHashMap<>()));
    for (RiskMapper.CategoryWorst w : risks.worstByCategory(regionCode, latest)) {
      if (worst.containsKey(w.projectCode())) {
        worst.get(w.projectCode()).put(w.category(), GRADE_ORDER.get(w.worstRank()));
      }
    }
    List<Board.HeatRow> heat = new ArrayList<>();
    worst.forEach((project, byCategory) -> {
      Map<String, String> ordered = new LinkedHashMap<>();
      for (NodeCategory category : NodeCategory.values()) {
        ordered.put(category.name(), byCategory.get(category.name()));
      }
      heat.add(new Board.HeatRow(project, ordered));
    });
    List<RiskAssessment> current = risks.period(regionCode, latest, List.of("RED", "ORANGE")).stream()
        .filter(r -> codes.contains(r.projectCode())).toList();
    Map<Long, CorrectionStates.State> open = corrections.open(regionCode);
    return new Board.RiskPanel(latest, trend, heat, riskNodes(current, "RED", open), riskNodes(current, "ORANGE", open));
  }

  private static List<Board.RiskNode> riskNodes(List<RiskAssessment> current, String grade,
      Map<Long, CorrectionStates.State> corrections) {
    return current.stream().filter(r -> grade.equals(r.grade()))
        .sorted(Comparator.comparingInt(RiskAssessment::daysOverdue).reversed()
            .thenComparing(RiskAssessment::projectCode).thenComparing(RiskAssessment::nodeCode))
        .map(r -> new Board.RiskNode(r.projectCode(), r.nodeCode(), r.nodeName(), r.nodeLevel(), r.category(),
            r.grade(), r.daysOverdue(), r.forecastDelayDays(), r.consecutiveChecks(), r.reason(),
            corrections.get(r.nodeId())))
        .toList();
  }

  private List<Board.Milestone> milestones(List<Project> scope, LocalDate today) {
    List<Board.Milestone> list = new ArrayList<>();
    if (scope.isEmpty()) {
      return list;
    }
    Set<String> codes = scope.stream().map(Project::code).collect(Collectors.toSet());
    for (PlanNode n : nodes.findMilestonesOfRegion(scope.get(0).regionCode())) {
      if (codes.contains(n.projectCode())) {
        LocalDate baseline = n.baselineFinish() != null ? n.baselineFinish() : n.plannedFinish();
        LocalDate reached = n.actualFinish() != null ? n.actualFinish()
            : n.plannedFinish().isBefore(today) ? today : n.plannedFinish();
        list.add(new Board.Milestone(n.projectCode(), n.nodeCode(), n.name(), n.baselineFinish(), n.plannedFinish(),
            n.actualFinish(), n.isCompleted(), (int) ChronoUnit.DAYS.between(baseline, reached)));
      }
    }
    return list;
  }

  private Board.CertificatePanel certificatePanel(ApiUser user, String regionCode, Set<String> codes, LocalDate today) {
    List<Certificate> mine = certificates.list(user, null, null, null, null).stream()
        .filter(c -> c.projectCode() != null && codes.contains(c.projectCode())).toList();
    List<Board.CertificateItem> expiring = new ArrayList<>();
    List<Board.CertificateItem> expired = new ArrayList<>();
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    for (Certificate c : mine) {
      byStatus.merge(c.status().name(), 1, Integer::sum);
      LocalDate due = c.nextReviewDue() != null ? c.nextReviewDue() : c.validUntil();
      Board.CertificateItem item = new Board.CertificateItem(c.id(), c.projectCode(), c.typeName(), c.certNo(),
          c.status().name(), due, due == null ? null : (int) ChronoUnit.DAYS.between(today, due));
      if (c.status() == CertificateStatus.EXPIRED) {
        expired.add(item);
      } else if (due != null && c.status() != CertificateStatus.PLANNED && c.status() != CertificateStatus.REVOKED
          && !due.isAfter(today.plusDays(CERTIFICATE_HORIZON_DAYS))) {
        expiring.add(item);
      }
    }
    expiring.sort(Comparator.comparing(Board.CertificateItem::due));
    List<ChaseStages.OpenChase> open = chases.open(mine, regionCode, today);
    Map<String, Integer> byStage = new LinkedHashMap<>();
    for (ChaseStages.Stage stage : ChaseStages.Stage.values()) {
      byStage.put(stage.label(), (int) open.stream().filter(c -> c.stage() == stage).count());
    }
    return new Board.CertificatePanel(CERTIFICATE_HORIZON_DAYS, expiring, expired, byStatus, open, byStage);
  }

  /** Year to date through last month (this month has no actuals yet); a region without an approved split has none. */
  private List<TargetGrade> targetPanel(String regionCode, LocalDate today, Set<String> onlyProjects) {
    YearMonth through = YearMonth.from(today).minusMonths(1);
    if (through.getYear() != today.getYear()) {
      return List.of();
    }
    return targets.grades(regionCode, through.getYear(), through.getMonthValue(), null).stream()
        .filter(g -> onlyProjects == null || onlyProjects.contains(g.projectCode())).toList();
  }

  private Board.KpiPanel kpiPanel(String regionCode, Set<String> codes, boolean wholeRegion, LocalDate today) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    if (codes.isEmpty() || !KpiService.hasEnded(last)) {
      return new Board.KpiPanel(null, List.of(), null, List.of());
    }
    ProjectSelection selection = wholeRegion ? ProjectSelection.ofRegion(regionCode) : ProjectSelection.ofProjects(codes);
    List<KpiRanking> ranking = kpis.monthly(last, selection, false).projects();
    // the year of last month: in January the year just ended
    return new Board.KpiPanel(last.toString(), ranking, last.getYear(), kpis.annual(last.getYear(), selection, false).projects());
  }
}
