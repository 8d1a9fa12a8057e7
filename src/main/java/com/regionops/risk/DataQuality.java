package com.regionops.risk;

import com.regionops.plan.NodeCompletion;
import com.regionops.plan.NodeCompletionMapper;
import com.regionops.plan.NodeCompletionService;
import com.regionops.plan.NodeStatusMapper;
import com.regionops.plan.PlanNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  /** [since, until): the days after the previous check up to and including this one. */
  public record Window(LocalDateTime since, LocalDateTime until) {
  }

  private final NodeStatusMapper statuses;
  private final NodeCompletionMapper completions;
  private final int graceDays;

  @org.springframework.beans.factory.annotation.Autowired
  public DataQuality(NodeStatusMapper statuses, NodeCompletionMapper completions, NodeCompletionService service) {
    this(statuses, completions, service.graceDays());
  }

  public DataQuality(NodeStatusMapper statuses, NodeCompletionMapper completions, int graceDays) {
    this.statuses = statuses;
    this.completions = completions;
    this.graceDays = graceDays;
  }

  public Window window(LocalDate previousCheck, LocalDate period) {
    LocalDate from = previousCheck != null ? previousCheck.plusDays(1) : period.minusDays(FIRST_WINDOW_DAYS - 1);
    return new Window(from.atStartOfDay(), period.plusDays(1).atStartOfDay());
  }

  public List<DataQualityIssue> find(long checkId, String projectCode, List<PlanNode> plan, LocalDate period,
      Window window) {
    List<DataQualityIssue> issues = new ArrayList<>();
    Set<Long> updated = new HashSet<>(statuses.findUpdatedNodeIds(projectCode, window.since(), window.until()));
    Set<Long> reported = new HashSet<>();
    for (NodeCompletion c : completions.findByProject(projectCode, null)) {
      if (c.status().isOpen()) {
        reported.add(c.nodeId());
      }
    }
    for (PlanNode node : plan) {
      int overdue = (int) ChronoUnit.DAYS.between(node.plannedFinish(), period);
      if (!node.isCompleted() && overdue > 0 && !updated.contains(node.id()) && !reported.contains(node.id())) {
        issues.add(new DataQualityIssue(null, checkId, projectCode, node.nodeCode(), node.name(),
            DataQualityIssue.MISSING_STATUS_UPDATE, overdue, "计划完成 " + node.plannedFinish() + "，已逾期 " + overdue
                + " 天，本期未更新预计完成日期和原因"));
      }
    }
    for (NodeCompletion c : completions.findReportedBetween(projectCode, window.since(), window.until())) {
      if (c.reportDelayDays() > graceDays) {
        String name = plan.stream().filter(n -> n.id() == c.nodeId()).map(PlanNode::name).findFirst().orElse(c.nodeCode());
        issues.add(new DataQualityIssue(null, checkId, projectCode, c.nodeCode(), name, DataQualityIssue.LATE_REPORT,
            c.reportDelayDays(), "实际完成 " + c.actualFinish() + "，" + c.reportedAt().toLocalDate() + " 才填报，晚 "
                + c.reportDelayDays() + " 天（应在 " + graceDays + " 天内）"));
      }
    }
    return issues;
  }
}
