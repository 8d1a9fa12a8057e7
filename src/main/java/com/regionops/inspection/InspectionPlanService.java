package com.regionops.inspection;

import static com.regionops.inspection.InspectionPlanProcess.item;

import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectStatus;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.InputRejectedException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 巡检计划: the quarter's proposal from the DMN inspection-selection, region-ops' edits, and the
 * approved plan turned into inspections.
 */
@Service
public class InspectionPlanService {

  static final String SELECTION_DECISION = "inspection-selection";
  static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  /** Days from today to the first proposed inspection: time to arrange people and travel. */
  static final int LEAD_DAYS = 7;

  private final InspectionPlanMapper plans;
  private final InspectionMapper inspections;
  private final InspectionFacts facts;
  private final DeployedDecisions decisions;
  private final ProjectMapper projects;
  private final IdentityService identity;
  private final SystemCalls system;

  public InspectionPlanService(InspectionPlanMapper plans, InspectionMapper inspections, InspectionFacts facts,
      DeployedDecisions decisions, ProjectMapper projects, IdentityService identity, SystemCalls system) {
    this.plans = plans;
    this.inspections = inspections;
    this.facts = facts;
    this.decisions = decisions;
    this.projects = projects;
    this.identity = identity;
    this.system = system;
  }

  /** The quarter a day falls in, as yyyy-Qn. */
  public static String quarterOf(LocalDate day) {
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter's first and last day; a malformed quarter names the field. */
  public static LocalDate[] days(String quarter) {
    Matcher m = quarter == null ? null : QUARTER.matcher(quarter);
    if (m == null || !m.matches()) {
      throw InputRejectedException.badInput(InspectionPlanProcess.QUARTER, "季度格式为 yyyy-Qn，例如 2027-Q1：" + quarter);
    }
    LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
    return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
  }

  /**
   * Creates the region's plan for the quarter with the DMN's proposal, the strongest reasons
   * first and at most {@value InspectionPlanProcess#MAX_ITEMS}; a second plan for the same quarter is refused.
   */
  @Transactional
  public InspectionPlan propose(String regionCode, String quarter, String processInstanceId) {
    LocalDate[] days = days(quarter);
    LocalDate today = EngineTime.today();
    if (days[1].isBefore(today)) {
      throw InputRejectedException.badInput(InspectionPlanProcess.QUARTER, "该季度已结束：" + quarter);
    }
    if (plans.findPlans(regionCode).stream().anyMatch(p -> p.quarter().equals(quarter))) {
      throw InputRejectedException.conflict(InspectionPlanProcess.QUARTER, "本区域 " + quarter + " 的巡检计划已制定");
    }
    KeyedRow<InspectionPlan> row = new KeyedRow<>(new InspectionPlan(null, regionCode, quarter, InspectionPlan.DRAFT,
        processInstanceId, null, null, EngineTime.now().withNano(0)));
    try {
      plans.insertPlan(row);
    } catch (DuplicateKeyException startedAtTheSameTime) {
      throw InputRejectedException.conflict(InspectionPlanProcess.QUARTER, "本区域 " + quarter + " 的巡检计划已制定");
    }
    record Proposal(String project, Map<String, Object> result) {
    }
    List<Proposal> proposals = new ArrayList<>();
    for (InspectionFacts.Facts f : facts.of(regionCode, today)) {
      List<Map<String, Object>> result = decisions.evaluate(SELECTION_DECISION, f.variables());
      if (!result.isEmpty() && Boolean.TRUE.equals(result.get(0).get("inspect"))) {
        proposals.add(new Proposal(f.projectCode(), result.get(0)));
      }
    }
    proposals.sort(Comparator.comparingInt((Proposal p) -> ((Number) p.result().get("priority")).intValue())
        .thenComparing(Proposal::project));
    LocalDate day = workday(today.plusDays(LEAD_DAYS).isAfter(days[0]) ? today.plusDays(LEAD_DAYS) : days[0]);
    // proposed late in the quarter: the rows beyond it share its last day, for region-ops to re-date
    LocalDate last = days[1].isBefore(today) ? today : days[1];
    int seq = 1;
    for (Proposal p : proposals.subList(0, Math.min(proposals.size(), InspectionPlanProcess.MAX_ITEMS))) {
      plans.insertItem(new PlanItem(null, row.getId(), seq++, p.project(),
          InspectionKind.valueOf((String) p.result().get("kind")), day.isAfter(last) ? last : day,
          ((Number) p.result().get("stayDays")).intValue(), null, null, (String) p.result().get("reason"), true, true,
          null));
      day = workday(day.plusDays(2));
    }
    return plans.findPlan(row.getId());
  }

  private static LocalDate workday(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
        : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }

  public InspectionPlan plan(long planId) {
    InspectionPlan plan = plans.findPlan(planId);
    if (plan == null) {
      throw new IllegalStateException("Inspection plan " + planId + " does not exist");
    }
    return plan;
  }

  public List<PlanItem> items(long planId) {
    return plans.findItems(planId);
  }

  /** The plan's rows as the edit form's numbered fields (empty rows left out). */
  public Map<String, Object> formVariables(long planId) {
    Map<String, Object> v = new HashMap<>();
    for (PlanItem i : plans.findItems(planId)) {
      int n = i.seq();
      v.put(item(n, InspectionPlanProcess.PART_PROJECT), i.projectCode());
      v.put(item(n, InspectionPlanProcess.PART_REASON), i.reason());
      v.put(item(n, InspectionPlanProcess.PART_INCLUDE), i.included());
      v.put(item(n, InspectionPlanProcess.PART_KIND), i.kind().name());
      v.put(item(n, InspectionPlanProcess.PART_DATE), i.plannedDate().toString());
      v.put(item(n, InspectionPlanProcess.PART_STAY_DAYS), (long) i.stayDays());
      v.put(item(n, InspectionPlanProcess.PART_LEAD), i.leadInspector());
      v.put(item(n, InspectionPlanProcess.PART_INSPECTORS), i.inspectors());
    }
    return v;
  }

  /**
   * The rows as region-ops left them, checked; a row without a project is skipped, an included
   * row needs a lead inspector of the region and a date in the quarter, not before today.
   */
  public List<PlanItem> checkEdits(long planId, Function<String, Object> variables) {
    InspectionPlan plan = plan(planId);
    LocalDate[] quarter = days(plan.quarter());
    Map<String, Project> region = new HashMap<>();
    projects.findByRegions(List.of(plan.regionCode())).stream().filter(p -> p.status() == ProjectStatus.ACTIVE)
        .forEach(p -> region.put(p.code(), p));
    Set<String> proposed = new LinkedHashSet<>();
    plans.findItems(planId).stream().filter(PlanItem::proposed).forEach(i -> proposed.add(i.projectCode()));
    Map<String, PlanItem> rows = new LinkedHashMap<>();
    for (int n = 1; n <= InspectionPlanProcess.MAX_ITEMS; n++) {
      String project = text(variables.apply(item(n, InspectionPlanProcess.PART_PROJECT)));
      if (project == null) {
        continue;
      }
      if (!region.containsKey(project)) {
        throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_PROJECT),
            "第 " + n + " 行的项目不是本区域在建项目：" + project);
      }
      if (rows.containsKey(project)) {
        throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_PROJECT),
            "项目 " + project + " 在计划中出现了两次");
      }
      boolean included = Boolean.TRUE.equals(variables.apply(item(n, InspectionPlanProcess.PART_INCLUDE)));
      InspectionKind kind = parseKind(text(variables.apply(item(n, InspectionPlanProcess.PART_KIND))));
      if (kind == null) {
        throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_KIND), "请选择第 " + n + " 行的巡检方式");
      }
      LocalDateTime day = EngineTime.parseDateTime(variables.apply(item(n, InspectionPlanProcess.PART_DATE)));
      if (day == null) {
        throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_DATE), "请填写第 " + n + " 行的巡检日期");
      }
      LocalDate date = day.toLocalDate();
      if (included && (date.isBefore(EngineTime.today()) || date.isBefore(quarter[0]) || date.isAfter(quarter[1]))) {
        throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_DATE),
            "第 " + n + " 行的巡检日期须在本季度内（" + quarter[0] + " 至 " + quarter[1] + "）且不早于今天");
      }
      Object stayValue = variables.apply(item(n, InspectionPlanProcess.PART_STAY_DAYS));
      int stay = stayValue instanceof Number number ? number.intValue() : 0;
      if (stay < 0 || stay > InspectionService.MAX_STAY_DAYS) {
        throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_STAY_DAYS),
            "第 " + n + " 行的驻场天数为 0 至 " + InspectionService.MAX_STAY_DAYS + " 天");
      }
      String lead = text(variables.apply(item(n, InspectionPlanProcess.PART_LEAD)));
      if (included && !regionUser(lead, plan.regionCode())) {
        throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_LEAD),
            "请填写第 " + n + " 行的巡检组长（本区域区域运营、职能部门或总裁的用户）");
      }
      Set<String> others = new LinkedHashSet<>();
      String listed = text(variables.apply(item(n, InspectionPlanProcess.PART_INSPECTORS)));
      for (String inspector : listed == null ? new String[0] : listed.split("[,，、\\s]+")) {
        if (!inspector.isBlank() && !regionUser(inspector, plan.regionCode())) {
          throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_INSPECTORS),
              "第 " + n + " 行的巡检组员须为本区域区域运营、职能部门或总裁的用户：" + inspector);
        }
        if (!inspector.isBlank() && !inspector.equals(lead)) {
          others.add(inspector);
        }
      }
      if (others.size() > InspectionService.MAX_INSPECTORS || String.join(",", others).length() > 500) {
        throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_INSPECTORS),
            "第 " + n + " 行的巡检组员不超过 " + InspectionService.MAX_INSPECTORS + " 人");
      }
      String reason = text(variables.apply(item(n, InspectionPlanProcess.PART_REASON)));
      if (reason != null && reason.length() > 500) {
        throw InputRejectedException.badInput(item(n, InspectionPlanProcess.PART_REASON), "巡检事由不超过 500 字");
      }
      rows.put(project, new PlanItem(null, planId, rows.size() + 1, project, kind, date, stay, lead,
          others.isEmpty() ? null : String.join(",", others), reason, proposed.contains(project), included, null));
    }
    if (rows.values().stream().noneMatch(PlanItem::included)) {
      throw InputRejectedException.badInput(item(1, InspectionPlanProcess.PART_INCLUDE), "巡检计划至少包含一次巡检");
    }
    return List.copyOf(rows.values());
  }

  /** Replaces the plan's rows by the edited ones; returns the summary the president reads. */
  @Transactional
  public String saveEdits(long planId, List<PlanItem> rows) {
    plans.deleteItems(planId);
    rows.forEach(plans::insertItem);
    plans.updatePlanStatus(planId, InspectionPlan.SUBMITTED, null, null);
    StringBuilder b = new StringBuilder();
    for (PlanItem i : rows) {
      if (i.included()) {
        b.append(i.plannedDate()).append(' ').append(i.projectCode()).append(' ').append(i.kind().label())
            .append(i.stayDays() > 0 ? "（驻场 " + i.stayDays() + " 天）" : "").append("，组长 ").append(i.leadInspector())
            .append(i.reason() == null ? "" : "；" + i.reason()).append('\n');
      }
    }
    long dropped = rows.stream().filter(i -> !i.included()).count();
    if (dropped > 0) {
      b.append("另有 ").append(dropped).append(" 个建议项目未列入本季度计划");
    }
    return b.toString().strip();
  }

  /**
   * The president approved: every included row becomes a planned inspection of the plan; a row
   * whose day passed while the plan waited for approval is held on the day of approval.
   */
  @Transactional
  public void schedule(long planId, String approvedBy) {
    InspectionPlan plan = plan(planId);
    LocalDate today = EngineTime.today();
    for (PlanItem i : plans.findItems(planId)) {
      if (i.included() && i.inspectionId() == null) {
        KeyedRow<Inspection> row = new KeyedRow<>(new Inspection(null, plan.regionCode(), i.projectCode(), i.kind(),
            i.plannedDate().isBefore(today) ? today : i.plannedDate(), i.stayDays(), i.leadInspector(), i.inspectors(), i.reason(), InspectionStatus.PLANNED,
            null, null, approvedBy, EngineTime.now().withNano(0), null, null, planId));
        inspections.insert(row);
        plans.linkItemInspection(i.id(), row.getId());
      }
    }
    plans.updatePlanStatus(planId, InspectionPlan.APPROVED, approvedBy, EngineTime.now().withNano(0));
  }

  /** For the plan's multi-instance call of inspection: evaluated in the model, never stored as a variable. */
  public List<Long> inspectionIds(long planId) {
    return plans.findItems(planId).stream().map(PlanItem::inspectionId).filter(java.util.Objects::nonNull).toList();
  }

  public String projectOf(long inspectionId) {
    return inspections.findById(inspectionId).projectCode();
  }

  /** Each inspection of the plan keeps its own business key, as one arranged on its own would. */
  public String businessKeyOf(long inspectionId) {
    return InspectionProcess.businessKey(projectOf(inspectionId), inspectionId);
  }

  public List<InspectionPlan> plans(String regionCode) {
    return plans.findPlans(regionCode);
  }

  private boolean regionUser(String userId, String regionCode) {
    return com.regionops.org.OrgIdentity.isRegionStaff(identity, system, userId, regionCode);
  }

  private static InspectionKind parseKind(String value) {
    for (InspectionKind k : InspectionKind.values()) {
      if (k.name().equals(value)) {
        return k;
      }
    }
    return null;
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  /** The REST start's refusal for a quarter that is not one. */
  static void requireQuarter(String quarter) {
    try {
      days(quarter);
    } catch (InputRejectedException e) {
      throw ApiException.badInput("quarter", "季度格式为 yyyy-Qn，例如 2027-Q1：" + quarter);
    }
  }
}
