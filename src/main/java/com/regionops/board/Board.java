package com.regionops.board;

import com.regionops.certificate.ChaseStages;
import com.regionops.handover.HandoverService;
import com.regionops.inspection.InspectionService;
import com.regionops.knowledge.KnowledgeTargets;
import com.regionops.partner.Basis;
import com.regionops.kpi.KpiRanking;
import com.regionops.operating.TargetGrade;
import com.regionops.performance.PerformancePlanService;
import com.regionops.risk.CorrectionStates;
import com.regionops.supervision.SupervisionReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The first paint of 区域运营看板 for one region. {@code scope} is REGION (the region's projects and its
 * region-wide figures) or PROJECTS (a project office: its own projects only). rectifications: 巡检整改
 * of each project that has findings. supervision: 三色督办 of this month (an office: its own projects, no region line).
 * knowledge: 知识指标 of this year, target and published entries per project and function (an office: its own).
 * performance: the region's approved 业绩规划 year by year against the actuals (null for an office, or without one).
 * handover: 合同交楼余量 per project (approved contract handover date against the planned handover).
 * basis: the 口径 of the targets panel's amounts (考核 by default; 权益: our share; 并表: consolidated projects only).
 */
public record Board(String regionCode, String regionName, String scope, LocalDate asOf, List<Region> regions,
    List<ProjectRef> projects, List<GateRow> gates, RiskPanel risk, List<Milestone> milestones,
    CertificatePanel certificates, List<TargetGrade> targets, KpiPanel kpi,
    List<InspectionService.Rectification> rectifications, SupervisionReport supervision,
    KnowledgeTargets.Report knowledge, Basis basis, String basisName, HandoverService.RegionMargins handover,
    PerformancePlanService.Current performance) {

  /** A region the caller may switch to. */
  public record Region(String code, String name) {
  }

  /** supported: 帮扶中, a 重难点项目 with a support case running. */
  public record ProjectRef(String code, String name, boolean supported) {
  }

  /** 七前三后: one project's ten gates in catalogue order. */
  public record GateRow(String projectCode, List<GateCell> cells) {
  }

  public record GateCell(String gateCode, String name, String status, String conclusion, Integer round,
      int openDecisions, int overdueDecisions) {
  }

  /**
   * 进度风险 of the latest finished check: the worst grade per project × category, the trend, the RED
   * and the ORANGE nodes with the state of their correction.
   */
  public record RiskPanel(LocalDate period, List<TrendPoint> trend, List<HeatRow> heat, List<RiskNode> red,
      List<RiskNode> orange) {
  }

  public record TrendPoint(LocalDate period, int red, int orange) {
  }

  /** Category → worst grade (null: nothing open of that category). */
  public record HeatRow(String projectCode, Map<String, String> worst) {
  }

  /** correction: where its open 纠偏 stands (null: none open). */
  public record RiskNode(String projectCode, String nodeCode, String nodeName, String nodeLevel, String category,
      String grade, int daysOverdue, int forecastDelayDays, int consecutiveChecks, String reason,
      CorrectionStates.State correction) {
  }

  /** A milestone's baseline, planned and actual finish; delay = actual (or today, or the plan) − baseline. */
  public record Milestone(String projectCode, String nodeCode, String name, LocalDate baselineFinish,
      LocalDate plannedFinish, LocalDate actualFinish, boolean completed, int delayDays) {
  }

  /** chases: the open 年审/换证 chases with their stage; byStage: their count per stage label, in ladder order. */
  public record CertificatePanel(int horizonDays, List<CertificateItem> expiring, List<CertificateItem> expired,
      Map<String, Integer> byStatus, List<ChaseStages.OpenChase> chases, Map<String, Integer> byStage) {
  }

  /** due: the next review date, or the end of validity; daysLeft from today (negative: past). */
  public record CertificateItem(Long id, String projectCode, String typeName, String certNo, String status,
      LocalDate due, Integer daysLeft) {
  }

  /** 考核: last month's ranking of the projects in scope (rate, 填报及时率, 计划管理行为), and the year's so far. */
  public record KpiPanel(String period, List<KpiRanking> ranking, Integer year, List<KpiRanking> annual) {
  }
}
