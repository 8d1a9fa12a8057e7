package com.regionops.performance;

import com.regionops.operating.FunctionReviews;
import com.regionops.operating.Metric;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.engine.ProcessInstances;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.FieldErrors;
import com.regionops.platform.web.InputRejectedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三/五年业绩规划: a region's rolling plan per year and metric (保底 and 控制, the group's issued figures beside
 * the region's), one version after another; the functions review it (function-review), the president then group-ops
 * approve it; the approved version is frozen until a newer one is approved. Money is BigDecimal (万元, scale 2).
 */
@Service
public class PerformancePlanService {

  /** DECIMAL(16, 2) holds at most this. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");
  static final Set<Integer> HORIZONS = Set.of(3, 5);
  /** How many years before the plan the current view shows actuals of. */
  static final int PAST_YEARS = 3;

  private final PerformancePlanMapper plans;
  private final RuntimeService runtime;
  private final SystemCalls system;
  private final ProcessInstances instances;

  public PerformancePlanService(PerformancePlanMapper plans, RuntimeService runtime, SystemCalls system,
      ProcessInstances instances) {
    this.plans = plans;
    this.runtime = runtime;
    this.system = system;
    this.instances = instances;
  }

  /** A version as the API shows it: its lines and who said what. */
  public record View(PerformancePlan plan, String title, List<PlanLine> lines, List<PlanOpinion> opinions) {
  }

  /** One year × metric of the current plan: the figures, and the actual of a year that has begun (else null). */
  public record YearMetric(int year, PlanMetric metric, String label, BigDecimal groupFloor, BigDecimal groupControl,
      BigDecimal floor, BigDecimal control, BigDecimal actual) {
  }

  /** The approved plan year by year against the actuals, and the actuals of the years before it. */
  public record Current(PerformancePlan plan, String title, List<YearMetric> years, List<YearMetric> pastYears) {
  }

  /** The functions that review a plan: those of the yearly targets (营销, 财务, 投资). */
  public List<String> reviewers() {
    Set<String> groups = new LinkedHashSet<>();
    for (Metric metric : Metric.values()) {
      groups.add(metric.reviewer());
    }
    return List.copyOf(groups);
  }

  public String reviewFunctions() {
    return FunctionReviews.functions(reviewers());
  }

  /**
   * Validates and stores the next version and starts its approval, in one transaction: a refusal leaves neither
   * rows nor an instance.
   */
  @Transactional
  public View submit(ApiUser user, String regionCode, PerformancePlanRequest request) {
    user.requireMasterDataWriter(regionCode);
    List<PlanLine> lines = validate(request);
    PerformancePlan pending = plans.findInReview(regionCode);
    if (pending != null && !instances.running(pending.processInstanceId())) {
      plans.decide(pending.id(), PlanStatus.RETURNED, "system", "审批流程已撤销", EngineTime.now().withNano(0));
      pending = null;
    }
    if (pending != null) {
      throw ApiException.conflict("startYear", regionCode + " 的业绩规划 v" + pending.versionNo()
          + " 正在审批中，审批结束后再提交新版本");
    }
    int versionNo = plans.nextVersionNo(regionCode);
    KeyedRow<PerformancePlan> row = new KeyedRow<>(new PerformancePlan(null, regionCode, versionNo,
        request.startYear(), request.horizon(), PlanStatus.IN_REVIEW, null, user.id(), EngineTime.now().withNano(0),
        null, null, null));
    try {
      plans.insert(row);
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("startYear", regionCode + " 的业绩规划刚刚由他人提交，请刷新后重试");
    }
    long id = row.getId();
    plans.insertLines(id, lines);
    PerformancePlan plan = plans.findById(id);
    Map<String, Object> variables = new HashMap<>();
    variables.put(PerformancePlanProcess.REGION_CODE, regionCode);
    variables.put(PerformancePlanProcess.PLAN_ID, id);
    variables.put(PerformancePlanProcess.VERSION_NO, versionNo);
    variables.put(PerformancePlanProcess.SUBJECT, title(plan));
    variables.put(PerformancePlanProcess.PLAN_SUMMARY, summary(lines));
    // started by the application only (ProjectTenantIdProvider.INTERNAL): over engine REST a caller could start an
    // approval without its plan
    system.asSystem(() -> runtime.startProcessInstanceByKey(PerformancePlanProcess.KEY,
        PerformancePlanProcess.businessKey(regionCode, versionNo), variables).getId());
    return view(plans.findById(id));
  }

  /** Every mistake at once, each naming its field (lines[i].year, lines[i].control, …). */
  List<PlanLine> validate(PerformancePlanRequest request) {
    if (request == null) {
      throw ApiException.badInput("body", "请提交业绩规划");
    }
    FieldErrors errors = new FieldErrors();
    int thisYear = EngineTime.today().getYear();
    Integer start = request.startYear();
    errors.require(start != null && (start == thisYear || start == thisYear + 1), "startYear",
        "起始年度须为今年（" + thisYear + "）或明年（" + (thisYear + 1) + "）");
    Integer horizon = request.horizon();
    errors.require(horizon != null && HORIZONS.contains(horizon), "horizon", "规划期为 3 年或 5 年");
    List<PerformancePlanRequest.Line> input = request.lines();
    if (input == null || input.isEmpty()) {
      errors.add("lines", "请按年度和指标填写规划（每年至少填写销售）");
    } else if (input.size() > 5 * PlanMetric.values().length) {
      errors.add("lines", "规划行不超过 " + 5 * PlanMetric.values().length + " 行（每年每项指标一行）");
    }
    errors.throwIfAny();
    int end = start + horizon - 1;
    Set<String> seen = new HashSet<>();
    Set<Integer> withSales = new HashSet<>();
    List<PlanLine> lines = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      PerformancePlanRequest.Line line = input.get(i);
      String at = "lines[" + i + "]";
      if (line == null) {
        errors.add(at, "不能为空");
        continue;
      }
      Integer year = line.year();
      boolean yearOk = year != null && year >= start && year <= end;
      if (!yearOk) {
        errors.add(at + ".year", "年度须在规划期 " + start + "–" + end + " 内：" + year);
      }
      PlanMetric metric = PlanMetric.parse(line.metric());
      if (metric == null) {
        errors.add(at + ".metric", "未知指标：" + line.metric() + "，可选：" + List.of(PlanMetric.values()));
      } else if (yearOk && !seen.add(year + "/" + metric)) {
        errors.add(at + ".metric", year + " 年的" + metric.label() + "重复出现");
      }
      boolean floorOk = amount(errors, at + ".floor", metric, line.floor(), true, "保底");
      boolean controlOk = amount(errors, at + ".control", metric, line.control(), true, "控制");
      if (floorOk && controlOk && line.floor().compareTo(line.control()) > 0) {
        errors.add(at + ".control", "控制目标不能低于保底目标：保底 " + money(line.floor()) + "，控制 " + money(line.control()));
      }
      boolean groupFloorOk = amount(errors, at + ".groupFloor", metric, line.groupFloor(), false, "集团下达保底");
      boolean groupControlOk = amount(errors, at + ".groupControl", metric, line.groupControl(), false, "集团下达控制");
      if (groupFloorOk && groupControlOk && line.groupFloor() != null && line.groupControl() != null
          && line.groupFloor().compareTo(line.groupControl()) > 0) {
        errors.add(at + ".groupControl", "集团下达的控制目标不能低于保底目标");
      }
      if (yearOk && metric != null && floorOk && controlOk) {
        if (metric == PlanMetric.SALES) {
          withSales.add(year);
        }
        lines.add(new PlanLine(year, metric, scaled(line.groupFloor()), scaled(line.groupControl()),
            scaled(line.floor()), scaled(line.control())));
      }
    }
    errors.throwIfAny();
    for (int year = start; year <= end; year++) {
      if (!withSales.contains(year)) {
        errors.add("lines", year + " 年缺少销售（SALES）：规划期内每年至少填写销售的保底与控制目标");
      }
    }
    errors.throwIfAny();
    lines.sort(Comparator.comparing(PlanLine::planYear).thenComparing(PlanLine::metric));
    return lines;
  }

  private static boolean amount(FieldErrors errors, String field, PlanMetric metric, BigDecimal amount,
      boolean required, String what) {
    if (amount == null) {
      if (required) {
        errors.add(field, what + "必填（万元）");
      }
      return !required;
    }
    // never toPlainString on input: 1e999999999 written out is a billion digits
    if (amount.stripTrailingZeros().scale() > 2) {
      errors.add(field, "金额以万元计，最多两位小数：" + amount);
      return false;
    }
    if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
      errors.add(field, "金额超出范围：" + amount);
      return false;
    }
    if (amount.signum() < 0 && metric != null && !metric.mayBeNegative()) {
      errors.add(field, metric.label() + "不能为负数：" + amount);
      return false;
    }
    return true;
  }

  private static BigDecimal scaled(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  static String money(BigDecimal amount) {
    return new DecimalFormat("#,##0.00").format(amount);
  }

  static String title(PerformancePlan plan) {
    return plan.startYear() + "–" + plan.endYear() + " " + (plan.horizon() == 5 ? "五" : "三") + "年业绩规划 v"
        + plan.versionNo();
  }

  /** The plan as the reviewers and approvers read it: per year, each metric's 保底/控制 and the group's. */
  static String summary(List<PlanLine> lines) {
    StringBuilder text = new StringBuilder();
    Integer year = null;
    for (PlanLine line : lines) {
      if (!Integer.valueOf(line.planYear()).equals(year)) {
        year = line.planYear();
        text.append(text.isEmpty() ? "" : "\n").append(year).append(" 年：");
      } else {
        text.append("；");
      }
      text.append(line.metric().label()).append(" 保底 ").append(money(line.floorAmount())).append(" / 控制 ")
          .append(money(line.controlAmount()));
      if (line.groupFloor() != null || line.groupControl() != null) {
        text.append("（集团 ").append(line.groupFloor() == null ? "—" : money(line.groupFloor())).append(" / ")
            .append(line.groupControl() == null ? "—" : money(line.groupControl())).append("）");
      }
    }
    String all = text.toString();
    return all.length() > 3900 ? all.substring(0, 3900) + "…（详见业绩规划）" : all;
  }

  // ---------------------------------------------------------------- reading

  public List<View> list(String regionCode) {
    return plans.findByRegion(regionCode).stream().map(this::view).toList();
  }

  /** The approved plan year by year, with the actuals of the years that have begun and of the years before. */
  public Current current(String regionCode) {
    PerformancePlan plan = plans.findApproved(regionCode);
    if (plan == null) {
      return null;
    }
    int thisYear = EngineTime.today().getYear();
    Map<String, BigDecimal> actual = new HashMap<>();
    for (Map<String, Object> row : plans.sumActuals(regionCode, plan.startYear() - PAST_YEARS,
        Math.min(thisYear, plan.endYear()))) {
      actual.put(((Number) row.get("year")).intValue() + "/" + row.get("metric"), decimal(row.get("amount")));
    }
    List<YearMetric> years = new ArrayList<>();
    for (PlanLine line : plans.findLines(plan.id())) {
      BigDecimal done = line.planYear() <= thisYear
          ? actual.getOrDefault(line.planYear() + "/" + line.metric().name(), BigDecimal.ZERO.setScale(2)) : null;
      years.add(new YearMetric(line.planYear(), line.metric(), line.metric().label(), line.groupFloor(),
          line.groupControl(), line.floorAmount(), line.controlAmount(), done));
    }
    List<YearMetric> past = new ArrayList<>();
    for (int year = plan.startYear() - PAST_YEARS; year < plan.startYear(); year++) {
      for (PlanMetric metric : PlanMetric.values()) {
        BigDecimal done = actual.get(year + "/" + metric.name());
        if (done != null) {
          past.add(new YearMetric(year, metric, metric.label(), null, null, null, null, done));
        }
      }
    }
    return new Current(plan, title(plan), years, past);
  }

  /** The approved plan's lines of a year, by metric name; empty when no approved plan covers the year. */
  public Map<String, PlanLine> approvedYear(String regionCode, int year) {
    return linesOf(plans.findApproved(regionCode), year);
  }

  private Map<String, PlanLine> linesOf(PerformancePlan plan, int year) {
    Map<String, PlanLine> lines = new HashMap<>();
    if (plan != null && plan.covers(year)) {
      plans.findLines(plan.id()).stream().filter(l -> l.planYear() == year)
          .forEach(l -> lines.put(l.metric().name(), l));
    }
    return lines;
  }

  /**
   * Per metric of a decomposition's region totals: the approved plan's 保底 and 控制 for that year and how far the
   * decomposition sits from each (total − 保底, total − 控制); null figures when no approved plan covers the year.
   */
  public record PlanGap(String metric, String label, BigDecimal decomposition, Integer planVersionNo, BigDecimal floor,
      BigDecimal control, BigDecimal fromFloor, BigDecimal fromControl) {
  }

  public List<PlanGap> gaps(String regionCode, int year, Map<String, BigDecimal> regionTotals) {
    // one read: the version named beside the figures is the one they come from
    PerformancePlan plan = plans.findApproved(regionCode);
    Map<String, PlanLine> lines = linesOf(plan, year);
    List<PlanGap> gaps = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      BigDecimal total = regionTotals.get(metric.name());
      // versions decomposed before 回款 was a target have no 回款 total: no gap rather than one against nothing
      if (total == null) {
        continue;
      }
      PlanLine line = lines.get(metric.name());
      gaps.add(new PlanGap(metric.name(), metric.label(), total, line == null ? null : plan.versionNo(),
          line == null ? null : line.floorAmount(), line == null ? null : line.controlAmount(),
          line == null ? null : total.subtract(line.floorAmount()),
          line == null ? null : total.subtract(line.controlAmount())));
    }
    return gaps;
  }

  private View view(PerformancePlan plan) {
    return new View(plan, title(plan), plans.findLines(plan.id()), plans.findOpinions(plan.id()));
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d.setScale(2, RoundingMode.HALF_UP) : new BigDecimal(value.toString());
  }

  // ---------------------------------------------------------------- the process's steps

  /** The plan the approval instance claimed; its tasks act on it and on nothing their variables name. */
  public PerformancePlan planOf(String processInstanceId) {
    PerformancePlan plan = plans.findByProcess(processInstanceId);
    if (plan == null) {
      throw new IllegalStateException("No performance plan claimed by instance " + processInstanceId);
    }
    return plan;
  }

  /** The approval instance takes its plan; refused (409) for a plan it may not take. */
  @Transactional
  public void claim(long planId, String regionCode, String processInstanceId) {
    if (plans.claim(planId, regionCode, processInstanceId) != 1) {
      throw InputRejectedException.conflict(PerformancePlanProcess.PLAN_ID,
          "业绩规划不存在、已在审批或不属于该区域：请通过 /api/v1/regions/{区域}/performance-plans 提交");
    }
  }

  /** The functions' answers from function-review, once per function. */
  @Transactional
  public void recordReviews(String processInstanceId, List<FunctionReviews.Answer> answers) {
    long id = planOf(processInstanceId).id();
    Set<String> answered = new HashSet<>();
    plans.findOpinions(id).stream().filter(o -> PerformancePlanProcess.STAGE_REVIEW.equals(o.stage()))
        .forEach(o -> answered.add(o.actorGroup()));
    for (FunctionReviews.Answer answer : answers) {
      if (answered.add(answer.function())) {
        plans.insertOpinion(new PlanOpinion(id, PerformancePlanProcess.STAGE_REVIEW, answer.function(),
            answer.outcome(), answer.comment(), answer.userId(), EngineTime.now().withNano(0)));
      }
    }
  }

  /** An approver's answer (the president's or group-ops'), kept once per stage. */
  @Transactional
  public void recordDecision(String processInstanceId, String stage, String group, String decision, String comment,
      String userId) {
    long id = planOf(processInstanceId).id();
    boolean answered = plans.findOpinions(id).stream().anyMatch(o -> o.stage().equals(stage));
    if (!answered) {
      plans.insertOpinion(new PlanOpinion(id, stage, group, decision, comment, userId, EngineTime.now().withNano(0)));
    }
  }

  /** Approved by group-ops: the version is frozen and supersedes the region's previous approved plan. */
  @Transactional
  public PerformancePlan approve(String processInstanceId, String decidedBy, String comment) {
    PerformancePlan plan = planOf(processInstanceId);
    if (plans.decide(plan.id(), PlanStatus.APPROVED, decidedBy, comment, EngineTime.now().withNano(0)) == 1) {
      plans.supersede(plan.regionCode(), plan.id());
    }
    return plans.findById(plan.id());
  }

  /** Returned by the president or group-ops, with the comment; region-ops submits a new version. */
  @Transactional
  public PerformancePlan giveBack(String processInstanceId, String decidedBy, String comment) {
    PerformancePlan plan = planOf(processInstanceId);
    plans.decide(plan.id(), PlanStatus.RETURNED, decidedBy, comment, EngineTime.now().withNano(0));
    return plans.findById(plan.id());
  }
}
