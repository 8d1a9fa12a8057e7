package com.regionops.operating;

import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectStatus;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.engine.ProcessInstances;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.FieldErrors;
import com.regionops.platform.web.InputRejectedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly targets: a region's decomposition into project × month × metric, its approval, the
 * monthly actuals and the year-to-date grades. Money is BigDecimal end to end (万元, scale 2).
 */
@Service("targetService")
public class TargetService {

  public static final String GRADE_DECISION = "target-deviation-grade";
  /** DECIMAL(16, 2) holds at most this. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");
  /** A line per metric for up to a thousand projects. */
  static final int MAX_SPLIT_LINES = Metric.values().length * 1000;

  private final TargetMapper targets;
  private final ProjectMapper projects;
  private final RuntimeService runtime;
  private final DeployedDecisions decisions;
  private final ProcessInstances instances;

  public TargetService(TargetMapper targets, ProjectMapper projects, RuntimeService runtime,
      DeployedDecisions decisions, ProcessInstances instances) {
    this.targets = targets;
    this.projects = projects;
    this.runtime = runtime;
    this.decisions = decisions;
    this.instances = instances;
  }

  /** The functions that review a split, in metric order: 营销, 财务, 投资 (the model's multi-instance). */
  public List<String> reviewers() {
    Set<String> groups = new LinkedHashSet<>();
    for (Metric metric : Metric.values()) {
      groups.add(metric.reviewer());
    }
    return List.copyOf(groups);
  }

  /** {@link #reviewers()} as function-review takes them. */
  public String reviewFunctions() {
    return FunctionReviews.functions(reviewers());
  }

  /**
   * The split from the department's .xlsx (TargetWorkbook): a file that does not read is refused by
   * cell, a split the rules refuse is refused by cell too, nothing is written unless it all passes.
   */
  @Transactional
  public TargetVersion submitSheet(ApiUser user, String regionCode, java.io.File xlsx, int year) {
    user.requireMasterDataWriter(regionCode);
    TargetWorkbook.Parsed parsed;
    try {
      parsed = TargetWorkbook.read(xlsx, year);
    } catch (com.regionops.platform.sheet.SheetReader.NotXlsxException e) {
      throw ApiException.unsupported("file", e.getMessage());
    } catch (com.regionops.platform.sheet.SheetFormatException e) {
      throw ApiException.badInput(e.errors().stream().map(TargetService::problem).toList());
    }
    if (!parsed.errors().isEmpty()) {
      throw ApiException.badInput(parsed.errors().stream().map(TargetService::problem).toList());
    }
    try {
      return submit(user, regionCode, parsed.draft());
    } catch (ApiException e) {
      if (e.status() != org.springframework.http.HttpStatus.BAD_REQUEST || e.problems().isEmpty()) {
        throw e;
      }
      throw ApiException.badInput(e.problems().stream()
          .map(p -> new ApiException.FieldProblem(parsed.cellOf(p.field()), p.message())).toList());
    }
  }

  private static ApiException.FieldProblem problem(com.regionops.platform.sheet.SheetError error) {
    return new ApiException.FieldProblem(error.place(), error.message());
  }

  /**
   * Validates and stores a draft as the next version and starts its approval, in one
   * transaction: a refusal leaves neither rows nor an instance.
   */
  @Transactional
  public TargetVersion submit(ApiUser user, String regionCode, TargetDecomposition draft) {
    user.requireMasterDataWriter(regionCode);
    Map<Metric, BigDecimal> totals = new EnumMap<>(Metric.class);
    List<TargetRow> rows = validate(regionCode, draft, totals);
    int year = draft.year();
    TargetVersion pending = targets.findPending(regionCode, year);
    if (pending != null && !instances.running(pending.processInstanceId())) {
      targets.withdraw(pending.id());
      pending = null;
    }
    if (pending != null) {
      throw ApiException.conflict("year", regionCode + " 的 " + year + " 年目标分解 v" + pending.versionNo()
          + " 正在审批中，审批结束后再提交新版本");
    }
    int versionNo = targets.nextVersionNo(regionCode, year);
    KeyedRow<TargetVersion> version = new KeyedRow<>(new TargetVersion(null, regionCode, year, versionNo,
        TargetVersionStatus.PENDING, null, user.id(), null, null, null, null));
    try {
      targets.insertVersion(version);
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("year", regionCode + " 的 " + year + " 年目标分解刚刚由他人提交，请刷新后重试");
    }
    long versionId = version.getId();
    totals.forEach((metric, amount) -> targets.insertRegionTotal(versionId, metric, amount));
    for (int from = 0; from < rows.size(); from += 500) {
      targets.insertRows(versionId, versionNo, rows.subList(from, Math.min(rows.size(), from + 500)));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(TargetDecompositionProcess.REGION_CODE, regionCode);
    variables.put(TargetDecompositionProcess.TARGET_YEAR, year);
    variables.put(TargetDecompositionProcess.VERSION_ID, versionId);
    variables.put(TargetDecompositionProcess.VERSION_NO, versionNo);
    variables.put(TargetDecompositionProcess.SPLIT_SUMMARY, summary(totals, rows));
    variables.put(TargetDecompositionProcess.SUBJECT, year + " 年目标分解 v" + versionNo);
    runtime.createProcessInstanceByKey(TargetDecompositionProcess.KEY)
        .businessKey(TargetDecompositionProcess.businessKey(regionCode, year, versionNo))
        .setVariables(variables).execute();
    return targets.findVersion(versionId);
  }

  /** Every mistake at once; per metric the projects' twelve months must add up to the region exactly. */
  List<TargetRow> validate(String regionCode, TargetDecomposition draft, Map<Metric, BigDecimal> totals) {
    FieldErrors errors = new FieldErrors();
    if (draft == null) {
      throw ApiException.badInput("body", "请提交目标分解");
    }
    Integer year = draft.year();
    errors.require(year != null && year >= 2000 && year <= 2100, "year", "年度必填，2000–2100");
    if (draft.regionTargets() == null) {
      errors.add("regionTargets", "请填写区域各项年度目标");
    } else {
      for (Map.Entry<String, BigDecimal> entry : draft.regionTargets().entrySet()) {
        Metric metric = Metric.parse(entry.getKey());
        if (metric == null) {
          errors.add("regionTargets." + entry.getKey(), "未知指标，可选：" + List.of(Metric.values()));
        } else {
          checkAmount(errors, "regionTargets." + entry.getKey(), metric, entry.getValue());
          totals.put(metric, entry.getValue());
        }
      }
      for (Metric metric : Metric.values()) {
        if (!draft.regionTargets().containsKey(metric.name())) {
          errors.add("regionTargets." + metric.name(), metric.label() + "的区域目标必填（没有目标填 0）");
        }
      }
    }
    List<TargetDecomposition.ProjectSplit> lines = draft.projects();
    if (lines == null || lines.isEmpty()) {
      errors.add("projects", "请填写项目分解");
      errors.throwIfAny();
    }
    if (lines.size() > MAX_SPLIT_LINES) {
      throw ApiException.badInput("projects", "项目分解不超过 " + MAX_SPLIT_LINES + " 行");
    }
    Map<String, Boolean> regionProjects = new HashMap<>();
    for (Project project : projects.findByRegions(List.of(regionCode))) {
      regionProjects.put(project.code(), project.status() == ProjectStatus.ACTIVE);
    }
    Map<Metric, BigDecimal> sums = new EnumMap<>(Metric.class);
    Set<String> seen = new HashSet<>();
    List<TargetRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TargetDecomposition.ProjectSplit line = lines.get(i);
      String at = "projects[" + i + "]";
      if (line == null) {
        errors.add(at, "不能为空");
        continue;
      }
      Boolean active = line.projectCode() == null ? null : regionProjects.get(line.projectCode());
      if (active == null) {
        errors.add(at + ".projectCode", "不是本区域的项目：" + line.projectCode());
      } else if (!active) {
        errors.add(at + ".projectCode", "项目已关闭：" + line.projectCode());
      }
      Metric metric = Metric.parse(line.metric());
      if (metric == null) {
        errors.add(at + ".metric", "未知指标：" + line.metric() + "，可选：" + List.of(Metric.values()));
      } else if (!seen.add(line.projectCode() + "/" + metric)) {
        errors.add(at + ".metric", "项目 " + line.projectCode() + " 的" + metric.label() + "重复出现");
      }
      if (line.monthly() == null || line.monthly().size() != 12) {
        errors.add(at + ".monthly", "须为 1–12 月共 12 个金额");
        continue;
      }
      for (int m = 0; m < 12; m++) {
        BigDecimal amount = line.monthly().get(m);
        if (metric != null && checkAmount(errors, at + ".monthly[" + m + "]", metric, amount)) {
          sums.merge(metric, amount, BigDecimal::add);
          if (active != null && year != null) {
            rows.add(new TargetRow(line.projectCode(), year, m + 1, metric, amount.setScale(2)));
          }
        }
      }
    }
    errors.throwIfAny();
    for (Metric metric : Metric.values()) {
      BigDecimal target = totals.get(metric);
      BigDecimal split = sums.getOrDefault(metric, BigDecimal.ZERO);
      if (target.compareTo(split) != 0) {
        errors.add("regionTargets." + metric.name(), metric.name() + "（" + metric.label() + "）：项目分解合计 "
            + money(split) + " 万元，区域目标 " + money(target) + " 万元，相差 " + money(split.subtract(target)) + " 万元");
      }
    }
    errors.throwIfAny();
    return rows;
  }

  private static boolean checkAmount(FieldErrors errors, String field, Metric metric, BigDecimal amount) {
    if (amount == null) {
      errors.add(field, metric.label() + "金额必填（万元）");
      return false;
    }
    // toString, not toPlainString: 1e999999999 written out plainly is a billion digits (OutOfMemoryError)
    if (amount.stripTrailingZeros().scale() > 2) {
      errors.add(field, "金额以万元计，最多两位小数：" + amount);
      return false;
    }
    if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
      errors.add(field, "金额超出范围：" + amount);
      return false;
    }
    if (amount.signum() < 0 && !metric.mayBeNegative()) {
      errors.add(field, metric.label() + "不能为负数：" + amount.toPlainString());
      return false;
    }
    return true;
  }

  static String money(BigDecimal amount) {
    return new DecimalFormat("#,##0.00").format(amount);
  }

  private static String summary(Map<Metric, BigDecimal> totals, List<TargetRow> rows) {
    Map<Metric, Map<String, BigDecimal>> byProject = new EnumMap<>(Metric.class);
    for (TargetRow row : rows) {
      byProject.computeIfAbsent(row.metric(), m -> new TreeMap<>())
          .merge(row.projectCode(), row.planAmount(), BigDecimal::add);
    }
    StringBuilder text = new StringBuilder();
    for (Metric metric : Metric.values()) {
      text.append(metric.label()).append("：区域目标 ").append(money(totals.get(metric))).append(" 万元");
      Map<String, BigDecimal> split = byProject.getOrDefault(metric, Map.of());
      if (!split.isEmpty()) {
        text.append("（");
        List<String> parts = new ArrayList<>();
        split.forEach((project, amount) -> parts.add(project + " " + money(amount)));
        text.append(String.join("，", parts)).append("）");
      }
      text.append('\n');
    }
    return text.toString().trim();
  }

  /** The version the approval instance claimed; its tasks act on it and on nothing their variables name. */
  public TargetVersion versionOf(String processInstanceId) {
    TargetVersion version = targets.findVersionByProcess(processInstanceId);
    if (version == null) {
      throw new IllegalStateException("No target version claimed by instance " + processInstanceId);
    }
    return version;
  }

  /** The approval instance takes its version; refused (409) for a version it may not take. */
  @Transactional
  public void claim(long versionId, String regionCode, String processInstanceId) {
    if (targets.claim(versionId, regionCode, processInstanceId) != 1) {
      throw InputRejectedException.conflict(TargetDecompositionProcess.VERSION_ID,
          "目标分解版本不存在、已在审批或不属于该区域：请通过 /api/v1/regions/{区域}/target-decompositions 提交");
    }
  }

  /** The functions' answers from function-review, stored once per function: a rerun keeps the first. */
  @Transactional
  public void recordReviews(String processInstanceId, List<FunctionReviews.Answer> answers) {
    long versionId = versionOf(processInstanceId).id();
    Set<String> answered = new HashSet<>();
    targets.findReviews(versionId).forEach(r -> answered.add(r.functionGroup()));
    for (FunctionReviews.Answer answer : answers) {
      if (answered.add(answer.function())) {
        targets.insertReview(new TargetReview(versionId, answer.function(), answer.outcome(), answer.comment(),
            answer.userId(), null));
      }
    }
  }

  /** The president's decision; approval freezes the version and supersedes the previous one. */
  @Transactional
  public TargetVersion decide(String processInstanceId, boolean approved, String decidedBy, String comment) {
    TargetVersion version = versionOf(processInstanceId);
    long versionId = version.id();
    int changed = targets.decide(versionId, approved ? TargetVersionStatus.APPROVED : TargetVersionStatus.REJECTED,
        decidedBy, comment);
    if (changed == 1 && approved) {
      targets.supersede(version.regionCode(), version.targetYear(), versionId);
      targets.freezeRows(versionId);
    }
    return version;
  }

  public List<TargetVersion> versions(String regionCode, int year) {
    return targets.findVersions(regionCode, year);
  }

  public TargetVersion version(String regionCode, int year, int versionNo) {
    return targets.findVersionByNo(regionCode, year, versionNo);
  }

  public Map<String, BigDecimal> regionTotals(long versionId) {
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (Map<String, Object> row : targets.findRegionTotals(versionId)) {
      totals.put((String) row.get("metric"), decimal(row.get("amount")));
    }
    return totals;
  }

  public List<TargetRow> rows(long versionId, String projectCode) {
    return targets.findRows(versionId, projectCode);
  }

  public List<TargetReview> reviews(long versionId) {
    return targets.findReviews(versionId);
  }

  public TargetVersion approved(String regionCode, int year) {
    return targets.findApproved(regionCode, year);
  }

  /**
   * A month's actuals for a project: its own office or region-ops. Never for a month that has
   * not begun; a second entry for the same month and metric replaces the first.
   */
  @Transactional
  public List<ActualRow> recordActuals(ApiUser user, Project project, int year, int month,
      Map<String, BigDecimal> amounts) {
    boolean office = user.officeProjects().contains(project.code()) && user.tenants().contains(project.regionCode());
    if (!office && !user.canWriteMasterData(project.regionCode())) {
      throw ApiException.forbidden("仅本项目的项目运营或本区域运营管理部可填报实际完成");
    }
    FieldErrors errors = new FieldErrors();
    errors.require(month >= 1 && month <= 12, "month", "月份为 1–12");
    errors.require(year >= 2000 && year <= 2100, "year", "年度为 2000–2100");
    errors.throwIfAny();
    if (YearMonth.of(year, month).isAfter(YearMonth.from(EngineTime.today()))) {
      throw ApiException.badInput("month", year + "-" + month + " 尚未开始，不能填报实际完成");
    }
    if (amounts == null || amounts.isEmpty()) {
      throw ApiException.badInput("body", "请至少填报一项指标的实际完成（万元）");
    }
    List<ActualRow> rows = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> entry : amounts.entrySet()) {
      Metric metric = Metric.parse(entry.getKey());
      if (metric == null) {
        errors.add(entry.getKey(), "未知指标，可选：" + List.of(Metric.values()));
      } else if (checkAmount(errors, entry.getKey(), metric, entry.getValue())) {
        rows.add(new ActualRow(project.code(), year, month, metric, entry.getValue().setScale(2), user.id()));
      }
    }
    errors.throwIfAny();
    for (ActualRow row : rows) {
      if (targets.updateActual(row) == 0) {
        targets.insertActual(row);
      }
    }
    return targets.findActuals(project.code(), year).stream().filter(a -> a.targetMonth() == month).toList();
  }

  public List<ActualRow> actuals(String projectCode, int year) {
    return targets.findActuals(projectCode, year);
  }

  /**
   * Year-to-date grades of the region's projects through the given month, against the approved
   * version: achievementPct = actual ÷ plan × 100 (one decimal, half up). One project's only when
   * projectCode is given.
   */
  public List<TargetGrade> grades(String regionCode, int year, int throughMonth, String projectCode) {
    TargetVersion version = targets.findApproved(regionCode, year);
    if (version == null) {
      return List.of();
    }
    Map<String, BigDecimal> actual = new HashMap<>();
    for (Map<String, Object> row : targets.sumActuals(regionCode, year, throughMonth, projectCode)) {
      actual.put(row.get("projectCode") + "/" + row.get("metric"), decimal(row.get("amount")));
    }
    Function<Map<String, Object>, List<Map<String, Object>>> grade = decisions.evaluator(GRADE_DECISION);
    int monthsRemaining = 12 - throughMonth;
    Map<String, TargetGrade> graded = new TreeMap<>();
    for (Map<String, Object> row : targets.sumPlans(version.id(), throughMonth, projectCode)) {
      String project = (String) row.get("projectCode");
      Metric metric = Metric.valueOf((String) row.get("metric"));
      BigDecimal plan = decimal(row.get("amount"));
      BigDecimal done = actual.getOrDefault(project + "/" + metric, BigDecimal.ZERO.setScale(2));
      BigDecimal pct = null;
      String gradeValue = null;
      String measure = "截至本月计划为零或负数，不评级";
      if (plan.signum() > 0) {
        pct = done.multiply(BigDecimal.valueOf(100)).divide(plan, 1, RoundingMode.HALF_UP);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("metric", metric.name());
        inputs.put("achievementPct", pct.doubleValue());
        inputs.put("monthsRemaining", monthsRemaining);
        List<Map<String, Object>> result = grade.apply(inputs);
        if (result.size() != 1) {
          throw new IllegalStateException(GRADE_DECISION + " gave " + result.size() + " results for " + inputs);
        }
        gradeValue = (String) result.get(0).get("grade");
        measure = (String) result.get(0).get("measure");
      }
      graded.put(project + "/" + metric.ordinal(),
          new TargetGrade(project, metric, plan, done, pct, monthsRemaining, gradeValue, measure));
    }
    return List.copyOf(graded.values());
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d.setScale(2, RoundingMode.UNNECESSARY) : new BigDecimal(value.toString());
  }
}
