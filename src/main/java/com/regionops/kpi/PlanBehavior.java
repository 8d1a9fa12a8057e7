package com.regionops.kpi;

import com.regionops.plan.NodeCompletion;
import com.regionops.plan.NodeCompletionMapper;
import com.regionops.plan.NodeCompletionService;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.supervision.SupervisionReports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 填报及时率 and 计划管理行为 of a project's month.
 *
 * <p><b>填报及时率.</b> A completion report is due {@code grace} days after the node's actual finish
 * (regionops.plan.report-grace-days, default 3) and on time when it arrived by then. The month's
 * due reports are the office's reports (not the ledger's, not withdrawn) whose due day falls in the
 * month, plus every 缺少状态更新 the month's biweekly checks found (each due, none on time).
 * Rate = on time ÷ due × 100 with the monthly rounding; null when nothing was due.
 *
 * <p><b>反馈及时率.</b> The project's written answers to instructions (上传下达) due in the month and those
 * given by their deadline, as the 督办通报 counts them (SupervisionReports).
 *
 * <p><b>计划管理行为.</b> The weights come from DMN {@value #DECISION_KEY}: achievement × weight +
 * timeliness × weight + answers × weight − min(max penalty, adjustments × penalty + overdue decisions ×
 * penalty), kept within 0–100, one decimal half up; null when the table gives no weight to any rate.
 */
@Component
public class PlanBehavior {

  public static final String DECISION_KEY = "plan-management-score";

  /** Reports due and on time in a month. */
  public record Timeliness(int due, int onTime) {
  }

  private final KpiMapper kpis;
  private final NodeCompletionMapper completions;
  private final int graceDays;
  private final Function<Map<String, Object>, List<Map<String, Object>>> weights;
  private final BiFunction<String, YearMonth, Timeliness> answers;

  @Autowired
  public PlanBehavior(KpiMapper kpis, NodeCompletionMapper completions, NodeCompletionService reports,
      DeployedDecisions decisions, SupervisionReports supervision) {
    this(kpis, completions, reports.graceDays(), variables -> decisions.evaluate(DECISION_KEY, variables),
        (project, month) -> {
          SupervisionReports.Count count = supervision.answers(project, month);
          return new Timeliness(count.due(), count.onTime());
        });
  }

  public PlanBehavior(KpiMapper kpis, NodeCompletionMapper completions, int graceDays,
      Function<Map<String, Object>, List<Map<String, Object>>> weights,
      BiFunction<String, YearMonth, Timeliness> answers) {
    this.kpis = kpis;
    this.completions = completions;
    this.graceDays = graceDays;
    this.weights = weights;
    this.answers = answers;
  }

  /** 反馈及时率's counts of a project's month. */
  public Timeliness answers(String projectCode, YearMonth month) {
    return answers.apply(projectCode, month);
  }

  public Timeliness timeliness(String projectCode, YearMonth month) {
    LocalDate from = month.atDay(1).minusDays(graceDays);
    LocalDate to = month.plusMonths(1).atDay(1).minusDays(graceDays);
    List<NodeCompletion> reports = completions.findFinishedBetween(List.of(projectCode), from, to);
    int onTime = (int) reports.stream().filter(r -> r.reportDelayDays() <= graceDays).count();
    int missing = kpis.countMissingStatusUpdates(projectCode, month.atDay(1), month.atEndOfMonth());
    return new Timeliness(reports.size() + missing, onTime);
  }

  public BigDecimal score(BigDecimal achievementRate, BigDecimal timelinessRate, BigDecimal feedbackRate,
      int adjustments, int overdueDecisions) {
    Map<String, Object> in = new HashMap<>();
    in.put("achievementRate", achievementRate == null ? null : achievementRate.doubleValue());
    in.put("timelinessRate", timelinessRate == null ? null : timelinessRate.doubleValue());
    in.put("feedbackRate", feedbackRate == null ? null : feedbackRate.doubleValue());
    List<Map<String, Object>> result = weights.apply(in);
    if (result.isEmpty()) {
      return null;
    }
    Map<String, Object> w = result.get(0);
    double achievementWeight = number(w, "achievementWeight");
    double timelinessWeight = number(w, "timelinessWeight");
    double feedbackWeight = number(w, "feedbackWeight");
    if (achievementWeight == 0 && timelinessWeight == 0 && feedbackWeight == 0) {
      return null;
    }
    double penalty = Math.min(number(w, "maxPenalty"),
        adjustments * number(w, "adjustmentPenalty") + overdueDecisions * number(w, "decisionPenalty"));
    double score = (achievementRate == null ? 0 : achievementRate.doubleValue() * achievementWeight)
        + (timelinessRate == null ? 0 : timelinessRate.doubleValue() * timelinessWeight)
        + (feedbackRate == null ? 0 : feedbackRate.doubleValue() * feedbackWeight) - penalty;
    return BigDecimal.valueOf(Math.max(0, Math.min(100, score))).setScale(1, RoundingMode.HALF_UP);
  }

  private static double number(Map<String, Object> row, String name) {
    return row.get(name) instanceof Number n ? n.doubleValue() : 0;
  }
}
