package com.regionops.demo;

import com.regionops.operating.FunctionReviewProcess;
import com.regionops.operating.TargetService;
import com.regionops.operating.TargetVersion;
import com.regionops.performance.PerformancePlanProcess;
import com.regionops.performance.PerformancePlanRequest;
import com.regionops.performance.PerformancePlanService;
import com.regionops.performance.PlanMetric;
import com.regionops.platform.security.Groups;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's 三/五年业绩规划: for SOUTH and EAST an approved five-year plan (this year .. +4), drawn from this year's
 * approved targets growing 6 % a year (保底 95 %, 控制 105 %), with the group's figures issued for the first three
 * years; reviewed by the functions, approved by the president and group-ops through the process.
 */
@Component
@Profile("demo")
class DemoPerformance {

  /** When this year's targets are missing (a fresh database without history): 万元 per year. */
  static final Map<PlanMetric, String> FALLBACK = Map.of(PlanMetric.SALES, "120000", PlanMetric.COLLECTION, "108000",
      PlanMetric.REVENUE_RECOGNITION, "90000", PlanMetric.SUPPLY, "130000", PlanMetric.NET_PROFIT, "9000",
      PlanMetric.CASH_FLOW, "6000", PlanMetric.INVESTMENT, "40000");

  private final PerformancePlanService plans;
  private final TargetService targets;
  private final TaskService tasks;

  DemoPerformance(PerformancePlanService plans, TargetService targets, TaskService tasks) {
    this.plans = plans;
    this.targets = targets;
    this.tasks = tasks;
  }

  void seed(DemoHistory history, LocalDate today) {
    for (String region : List.of("SOUTH", "EAST")) {
      plan(history, region, today);
    }
  }

  private void plan(DemoHistory history, String region, LocalDate today) {
    int year = today.getYear();
    Map<PlanMetric, BigDecimal> base = base(region, year);
    List<PerformancePlanRequest.Line> lines = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      BigDecimal growth = BigDecimal.ONE.add(new BigDecimal("0.06").multiply(BigDecimal.valueOf(k)));
      for (PlanMetric metric : PlanMetric.values()) {
        BigDecimal mid = base.get(metric).multiply(growth);
        BigDecimal a = money(mid.multiply(new BigDecimal("0.95")));
        BigDecimal b = money(mid.multiply(new BigDecimal("1.05")));
        BigDecimal ga = k < 3 ? money(mid.multiply(new BigDecimal("0.97"))) : null;
        BigDecimal gb = k < 3 ? money(mid.multiply(new BigDecimal("1.03"))) : null;
        lines.add(new PerformancePlanRequest.Line(year + k, metric.name(), ga == null ? null : ga.min(gb),
            gb == null ? null : ga.max(gb), a.min(b), a.max(b)));
      }
    }
    LocalDateTime submitted = earliest(LocalDate.of(year, 1, 20).atTime(10, 0), today.minusDays(2).atTime(10, 0));
    history.at(submitted);
    String ops = DemoData.userOf(Groups.REGION_OPS, region);
    String key = history.as(ops, () -> {
      var view = plans.submit(DemoHistory.apiUser(ops), region, new PerformancePlanRequest(year, 5, lines));
      return PerformancePlanProcess.businessKey(region, view.plan().versionNo());
    });
    LocalDateTime time = submitted;
    for (Task review : open(key, FunctionReviewProcess.TASK_REVIEW)) {
      time = time.plusHours(4);
      String function = (String) tasks.getVariable(review.getId(), FunctionReviewProcess.FUNCTION);
      Map<String, Object> answer = new HashMap<>();
      answer.put(FunctionReviewProcess.OUTCOME, FunctionReviewProcess.APPROVED);
      // 营销 owns 回款 (Metric.COLLECTION's reviewer)
      if (Groups.FN_MARKETING.equals(function)) {
        answer.put(FunctionReviewProcess.OUTCOME, FunctionReviewProcess.COMMENTED);
        answer.put(FunctionReviewProcess.COMMENT, "后两年回款比例按 90% 测算偏乐观，建议按季度跟踪");
      }
      history.complete(review, DemoData.userOf(function, region), time, answer);
    }
    history.complete(open(key, PerformancePlanProcess.TASK_PRESIDENT).get(0), DemoData.userOf(Groups.REGION_PRESIDENT,
        region), time.plusHours(20), Map.of(PerformancePlanProcess.PRESIDENT_DECISION, PerformancePlanProcess.APPROVED,
            PerformancePlanProcess.PRESIDENT_COMMENT, "同意，报集团运营中心"));
    history.complete(open(key, PerformancePlanProcess.TASK_GROUP).get(0), "groupops", time.plusDays(2),
        Map.of(PerformancePlanProcess.GROUP_DECISION, PerformancePlanProcess.APPROVED,
            PerformancePlanProcess.GROUP_COMMENT, "同意，按此规划滚动执行"));
  }

  private List<Task> open(String businessKey, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .orderByTaskCreateTime().asc().list();
  }

  /** This year's approved region targets; the fallback where a target is missing. */
  private Map<PlanMetric, BigDecimal> base(String region, int year) {
    Map<PlanMetric, BigDecimal> base = new HashMap<>();
    TargetVersion approved = targets.approved(region, year);
    Map<String, BigDecimal> totals = approved == null ? Map.of() : targets.regionTotals(approved.id());
    for (PlanMetric metric : PlanMetric.values()) {
      BigDecimal total = totals.get(metric.name());
      base.put(metric, total != null && total.signum() != 0 ? total : new BigDecimal(FALLBACK.get(metric)));
    }
    return base;
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
