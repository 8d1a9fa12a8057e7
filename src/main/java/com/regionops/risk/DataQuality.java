package com.regionops.risk;

import com.regionops.plan.CompletionStatus;
import com.regionops.plan.NodeCompletion;
import com.regionops.plan.NodeCompletionService;
import com.regionops.plan.PlanNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 数据质量问题 of a biweekly check (PMS 落地: offices report on time). Between the previous check
 * and this one, every open node past its planned finish needs a status update (unless its
 * completion is reported and awaiting confirmation), and every completion report should come
 * within the grace days of its actual finish.
 */
@Component
public class DataQuality {

  /** Days looked back for status updates when a region has no earlier check: one check cycle. */
  static final int FIRST_WINDOW_DAYS = 14;

  /** The statuses of a completion report that is awaiting confirmation (CompletionStatus.isOpen). */
  static final List<CompletionStatus> OPEN = Arrays.stream(CompletionStatus.values())
      .filter(CompletionStatus::isOpen).toList();

  /** [since, until): the days after the previous check up to and including this one. */
  public record Window(LocalDateTime since, LocalDateTime until) {
  }

  private final RiskMapper risks;
  private final int graceDays;

  @org.springframework.beans.factory.annotation.Autowired
  public DataQuality(RiskMapper risks, NodeCompletionService service) {
    this(risks, service.graceDays());
  }

  public DataQuality(RiskMapper risks, int graceDays) {
    this.risks = risks;
    this.graceDays = graceDays;
  }

  public Window window(LocalDate previousCheck, LocalDate period) {
    LocalDate from = previousCheck != null ? previousCheck.plusDays(1) : period.minusDays(FIRST_WINDOW_DAYS - 1);
    return new Window(from.atStartOfDay(), period.plusDays(1).atStartOfDay());
  }

  /**
   * What the region's offices reported in the window, per project: read once per check in three
   * statements (the region's status updates, open completion reports and late reports) instead of
   * three per project.
   */
  public Reports reports(String regionCode, Window window) {
    Map<String, Set<Long>> updated = new HashMap<>();
    for (RiskMapper.ProjectNode u : risks.findNodesUpdatedInRegion(regionCode, window.since(), window.until())) {
      updated.computeIfAbsent(u.projectCode(), k -> new HashSet<>()).add(u.nodeId());
    }
    Map<String, Set<Long>> awaiting = new HashMap<>();
    for (RiskMapper.ProjectNode c : risks.findNodesAwaitingConfirmationInRegion(regionCode, OPEN)) {
      awaiting.computeIfAbsent(c.projectCode(), k -> new HashSet<>()).add(c.nodeId());
    }
    Map<String, List<NodeCompletion>> late = new HashMap<>();
    for (NodeCompletion c : risks.findReportedLateInRegion(regionCode, window.since(), window.until(), graceDays)) {
      late.computeIfAbsent(c.projectCode(), k -> new ArrayList<>()).add(c);
    }
    return new Reports(updated, awaiting, late);
  }

  /** A region's reports of one window, by project code. */
  public record Reports(Map<String, Set<Long>> updated, Map<String, Set<Long>> awaiting,
      Map<String, List<NodeCompletion>> late) {
  }

  public List<DataQualityIssue> find(long checkId, String projectCode, List<PlanNode> plan, LocalDate period,
      Reports reports) {
    List<DataQualityIssue> issues = new ArrayList<>();
    Set<Long> updated = reports.updated().getOrDefault(projectCode, Set.of());
    Set<Long> reported = reports.awaiting().getOrDefault(projectCode, Set.of());
    for (PlanNode node : plan) {
      int overdue = (int) ChronoUnit.DAYS.between(node.plannedFinish(), period);
      if (!node.isCompleted() && overdue > 0 && !updated.contains(node.id()) && !reported.contains(node.id())) {
        issues.add(new DataQualityIssue(null, checkId, projectCode, node.nodeCode(), node.name(),
            DataQualityIssue.MISSING_STATUS_UPDATE, overdue, "计划完成 " + node.plannedFinish() + "，已逾期 " + overdue
                + " 天，本期未更新预计完成日期和原因"));
      }
    }
    // already past the grace days: the region's read selects only those (RiskMapper.findReportedLateInRegion)
    for (NodeCompletion c : reports.late().getOrDefault(projectCode, List.of())) {
      String name = plan.stream().filter(n -> n.id() == c.nodeId()).map(PlanNode::name).findFirst().orElse(c.nodeCode());
      issues.add(new DataQualityIssue(null, checkId, projectCode, c.nodeCode(), name, DataQualityIssue.LATE_REPORT,
          c.reportDelayDays(), "实际完成 " + c.actualFinish() + "，" + c.reportedAt().toLocalDate() + " 才填报，晚 "
              + c.reportDelayDays() + " 天（应在 " + graceDays + " 天内）"));
    }
    return issues;
  }
}
