package com.regionops.training;

import static com.regionops.training.TrainingPlanProcess.*;

import com.regionops.notification.NotificationService;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.org.RegionService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.InputRejectedException;
import com.regionops.platform.web.Inputs;
import com.regionops.training.TrainingPlanMapper.ItemSessions;
import com.regionops.training.TrainingPlanRequest.ItemRequest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度培训计划: submitting a region's plan (its approval process), reading plans, and what the approval steps do:
 * the president's decision, and region-ops' revision after a return. An approved plan is frozen.
 */
@Service
public class TrainingPlanService {

  static final int MAX_TITLE = 200;
  static final int MAX_TOPIC = 100;
  static final int MAX_COMMENT = 1000;
  static final BigDecimal MAX_PLANNED_HOURS = new BigDecimal("100");
  /** The approval form's summary is a process variable: Camunda keeps text in 4000 characters. */
  static final int MAX_SUMMARY = 3900;

  private final TrainingPlanMapper plans;
  private final RegionService regions;
  private final RegionMapper regionRows;
  private final TrainingAudience audience;
  private final RuntimeService runtime;
  private final SystemCalls system;
  private final NotificationService notifications;

  public TrainingPlanService(TrainingPlanMapper plans, RegionService regions, RegionMapper regionRows,
      TrainingAudience audience, RuntimeService runtime, SystemCalls system, NotificationService notifications) {
    this.plans = plans;
    this.regions = regions;
    this.regionRows = regionRows;
    this.audience = audience;
    this.runtime = runtime;
    this.system = system;
    this.notifications = notifications;
  }

  // ------------------------------------------------------------------ submitting

  /**
   * Region-ops submits the region's plan for a year (this or next) and its approval starts; a refusal names the
   * field and writes nothing (the process starts in the same transaction). One plan per region and year.
   */
  @Transactional
  public PlanView submit(ApiUser user, String regionCode, TrainingPlanRequest request) {
    Region region = regions.visible(user, regionCode);
    if (!user.groups().contains(Groups.REGION_OPS) || !user.tenants().contains(region.code())) {
      throw ApiException.forbidden("年度培训计划由本区域运营管理部编制提交");
    }
    if (request == null) {
      throw ApiException.badInput("year", "请填写计划年度");
    }
    int year = year(request.year());
    String title = Inputs.optional(request.title(), "title", MAX_TITLE);
    List<Item> items = items(request.items(), region.code());
    if (plans.findByYear(region.code(), year) != null) {
      throw ApiException.conflict("year", region.name() + " " + year + " 年度培训计划已提交，不能重复提交");
    }
    KeyedRow<TrainingPlan> row = new KeyedRow<>(new TrainingPlan(null, region.code(), year,
        title == null ? defaultTitle(year, region.name()) : title, PlanStatus.IN_APPROVAL, null, user.id(),
        EngineTime.now().withNano(0), 0, null, null, null, null, null));
    plans.insert(row);
    long id = row.getId();
    insertItems(id, items);
    Map<String, Object> variables = new HashMap<>();
    variables.put(REGION_CODE, region.code());
    variables.put(PLAN_ID, id);
    // started by the application only (ProjectTenantIdProvider.INTERNAL): over engine REST a caller could start an
    // approval without its plan
    ProcessInstance started = system.asSystem(() -> runtime.startProcessInstanceByKey(KEY, businessKey(id), variables));
    plans.linkProcess(id, started.getProcessInstanceId());
    return view(plans.findById(id));
  }

  static String defaultTitle(int year, String regionName) {
    return year + " 年度" + regionName + "培训计划";
  }

  private static int year(Integer year) {
    int now = EngineTime.today().getYear();
    if (year == null) {
      throw ApiException.badInput("year", "请填写计划年度（" + now + " 或 " + (now + 1) + "）");
    }
    if (year != now && year != now + 1) {
      throw ApiException.badInput("year", "计划年度须为今年或明年（" + now + " 或 " + (now + 1) + "）");
    }
    return year;
  }

  private List<Item> items(List<ItemRequest> requested, String regionCode) {
    if (requested == null || requested.isEmpty()) {
      throw ApiException.badInput("items", "培训计划至少要有一项培训");
    }
    if (requested.size() > MAX_ITEMS) {
      throw ApiException.badInput("items", "培训计划不超过 " + MAX_ITEMS + " 项");
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      String prefix = "items[" + i + "].";
      ItemRequest item = requested.get(i);
      if (item == null) {
        throw ApiException.badInput(prefix + "topic", "请填写第 " + (i + 1) + " 项的培训主题");
      }
      items.add(item(item.topic(), item.month(), item.audienceGroups(), item.plannedHours(), regionCode,
          new Fields(prefix + "topic", prefix + "month", prefix + "audienceGroups", prefix + "plannedHours"),
          ApiException::badInput));
    }
    return items;
  }

  /** A checked item, before it has a row. */
  record Item(String topic, int month, List<String> groups, BigDecimal hours) {
  }

  /** The names an item's refusals give its fields: the API's JSON paths or the revision form's keys. */
  record Fields(String topic, String month, String groups, String hours) {
  }

  /** Checks one item as the API or the revision form gives it; refuse(field, message) makes the refusal. */
  Item item(Object topic, Object month, Object groups, Object hours, String regionCode, Fields fields,
      BiFunction<String, String, RuntimeException> refuse) {
    if (!(topic instanceof String text) || text.isBlank()) {
      throw refuse.apply(fields.topic(), "请填写培训主题");
    }
    if (text.strip().length() > MAX_TOPIC) {
      throw refuse.apply(fields.topic(), "不超过 " + MAX_TOPIC + " 个字");
    }
    Integer m = whole(month);
    if (m == null) {
      throw refuse.apply(fields.month(), "请填写计划月份（1–12）");
    }
    if (m < 1 || m > 12) {
      throw refuse.apply(fields.month(), "月份须为 1–12");
    }
    List<String> checked = audience.groups(groups, regionCode, fields.groups(), refuse);
    BigDecimal h = decimal(hours);
    if (h == null) {
      throw refuse.apply(fields.hours(), "请填写计划学时");
    }
    if (h.signum() <= 0 || h.compareTo(MAX_PLANNED_HOURS) > 0 || h.stripTrailingZeros().scale() > 1) {
      throw refuse.apply(fields.hours(), "计划学时须大于 0、不超过 " + MAX_PLANNED_HOURS + "，最多一位小数");
    }
    return new Item(text.strip(), m, checked, h.stripTrailingZeros().scale() < 0 ? h.setScale(0) : h.stripTrailingZeros());
  }

  /** A whole number as JSON, a form's number field or text sends it; null when it is none. */
  static Integer whole(Object value) {
    BigDecimal d = decimal(value);
    if (d == null) {
      return null;
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException notWhole) {
      return null;
    }
  }

  /** A number as JSON, a form's number field or text sends it; null when it is none. */
  static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      try {
        return new BigDecimal(n.toString());
      } catch (NumberFormatException notFinite) {
        return null;
      }
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return new BigDecimal(text.strip());
      } catch (NumberFormatException notNumber) {
        return null;
      }
    }
    return null;
  }

  private void insertItems(long planId, List<Item> items) {
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      plans.insertItem(new KeyedRow<>(new TrainingPlanItem(null, planId, i + 1, item.topic(), item.month(),
          String.join(",", item.groups()), item.hours())));
    }
  }

  // ------------------------------------------------------------------ reading

  /** A region's plans, the latest year first: for the region's own staff, group-ops and camunda-admin. */
  public List<PlanView> list(ApiUser user, String regionCode) {
    Region region = regions.visible(user, regionCode);
    return plans.findByRegion(region.code()).stream().map(this::view).toList();
  }

  public PlanView get(ApiUser user, long id) {
    TrainingPlan plan = plans.findById(id);
    if (plan == null || !user.canSeeRegion(plan.regionCode())) {
      throw ApiException.notFound("培训计划不存在或不在您的范围内：" + id);
    }
    return view(plan);
  }

  PlanView view(TrainingPlan plan) {
    Map<Long, Integer> sessions = new HashMap<>();
    for (ItemSessions count : plans.countSessions(plan.id())) {
      sessions.put(count.itemId(), count.sessions());
    }
    List<ItemView> items = plans.findItems(plan.id()).stream().map(i -> new ItemView(i.id(), i.itemNo(), i.topic(),
        i.planMonth(), i.groups(), TrainingAudience.names(i.groups()), i.plannedHours(),
        sessions.getOrDefault(i.id(), 0))).toList();
    return new PlanView(plan.id(), plan.regionCode(), plan.planYear(), plan.title(), plan.status(),
        plan.status().label(), plan.submittedBy(), plan.submittedAt(), plan.reviewRounds(), plan.reviewComment(),
        plan.approvedBy(), plan.approvedAt(), items);
  }

  public record PlanView(long id, String regionCode, int year, String title, PlanStatus status, String statusLabel,
      String submittedBy, LocalDateTime submittedAt, int reviewRounds, String reviewComment, String approvedBy,
      LocalDateTime approvedAt, List<ItemView> items) {
  }

  /** A plan's topic with how many sessions have been arranged for it. */
  public record ItemView(long id, int no, String topic, int month, List<String> audienceGroups, String audienceNames,
      BigDecimal plannedHours, int sessions) {
  }

  // ------------------------------------------------------------------ the approval's steps

  public TrainingPlan plan(long id) {
    TrainingPlan plan = plans.findById(id);
    if (plan == null) {
      throw new IllegalStateException("No training plan " + id);
    }
    return plan;
  }

  public String regionName(String code) {
    Region region = regionRows.findByCode(code);
    return region == null ? code : region.name();
  }

  /** What 读取培训计划 gives the forms: title, year, the items one per line, who submitted, the region's groups. */
  public void load(long planId, java.util.function.BiConsumer<String, Object> variables) {
    TrainingPlan plan = plan(planId);
    variables.accept(PLAN_TITLE, plan.title());
    variables.accept(PLAN_YEAR, Integer.toString(plan.planYear()));
    variables.accept(REGION_NAME, regionName(plan.regionCode()));
    variables.accept(PLAN_SUMMARY, summary(plans.findItems(planId)));
    variables.accept(SUBMITTER, audience.name(plan.submittedBy()));
    variables.accept(AUDIENCE_OPTIONS,
        SpinValues.jsonValue(Spin.JSON(audience.options(plan.regionCode())).toString()).create());
    announce(plan);
  }

  /** 1. 3 月｜计划运营管理办法解读｜区域运营管理部、项目公司/项目运营｜2 学时, one line per item. */
  static String summary(List<TrainingPlanItem> items) {
    StringBuilder text = new StringBuilder();
    for (TrainingPlanItem item : items) {
      String line = item.itemNo() + ". " + item.planMonth() + " 月｜" + item.topic() + "｜"
          + TrainingAudience.names(item.groups()) + "｜" + TrainingSteps.hoursText(item.plannedHours()) + "\n";
      if (text.length() + line.length() > MAX_SUMMARY) {
        text.append("…（共 ").append(items.size()).append(" 项，其余见 GET /api/v1/training-plans/")
            .append(item.planId()).append("）");
        break;
      }
      text.append(line);
    }
    return text.toString().strip();
  }

  /** A title as a notification's subject holds it (ro_notification.subject: 200 characters with its prefix). */
  static String subject(String title) {
    return title.length() <= 150 ? title : title.substring(0, 149) + "…";
  }

  /** The president is told a plan waits for approval: once per round. */
  private void announce(TrainingPlan plan) {
    notifications.notifyOnce("training-plan-submitted:" + plan.id() + ":" + plan.reviewRounds(),
        Groups.REGION_PRESIDENT, "年度培训计划待审批：" + subject(plan.title()),
        regionName(plan.regionCode()) + "区域运营管理部提交了" + plan.title() + "，请在待办中审批。",
        businessKey(plan.id()), plan.regionCode());
  }

  /** 审批培训计划 is decided: 批准, or 退回修改 with a comment (the comment is all region-ops will see). */
  public static void checkReview(Object decision, Object comment) {
    if (!DECISION_APPROVED.equals(decision) && !DECISION_RETURNED.equals(decision)) {
      throw InputRejectedException.badInput(REVIEW, "请选择审批结果：批准或退回修改");
    }
    boolean blank = !(comment instanceof String text) || text.isBlank();
    if (DECISION_RETURNED.equals(decision) && blank) {
      throw InputRejectedException.badInput(REVIEW_COMMENT, "退回时请填写修改意见");
    }
    if (!blank && ((String) comment).strip().length() > MAX_COMMENT) {
      throw InputRejectedException.badInput(REVIEW_COMMENT, "不超过 " + MAX_COMMENT + " 个字");
    }
    if (comment != null && !(comment instanceof String)) {
      throw InputRejectedException.badInput(REVIEW_COMMENT, "审批意见须为文字");
    }
  }

  /**
   * 登记审批结果: 批准 freezes the plan; 退回 keeps the comment and fills the revision form's rows with the items.
   * Returns whether the plan was approved. The submitter is told either way (once per round).
   */
  public boolean review(long planId, Object decision, Object comment, String by,
      java.util.function.BiConsumer<String, Object> variables) {
    TrainingPlan plan = plan(planId);
    LocalDateTime now = EngineTime.now().withNano(0);
    boolean approved = DECISION_APPROVED.equals(decision);
    String text = comment instanceof String s && !s.isBlank() ? s.strip() : null;
    if (approved) {
      plans.approve(planId, by, now);
    } else {
      plans.returnPlan(planId, by, now, text);
      fillRows(plans.findItems(planId), variables);
      variables.accept(REVISION_NOTE, null);
    }
    notifications.notifyOnce("training-plan-reviewed:" + planId + ":" + plan.reviewRounds(), plan.submittedBy(),
        (approved ? "年度培训计划已批准：" : "年度培训计划被退回：") + subject(plan.title()),
        approved ? "区域总裁已批准" + plan.title() + "，可按计划组织培训。"
            : "区域总裁退回了" + plan.title() + "，意见：" + text + "。请在待办中修改后重新提交。",
        businessKey(planId), plan.regionCode());
    return approved;
  }

  /** The revision form's rows as the plan has them; the rows beyond are emptied. */
  static void fillRows(List<TrainingPlanItem> items, java.util.function.BiConsumer<String, Object> variables) {
    for (int n = 1; n <= MAX_ITEMS; n++) {
      TrainingPlanItem item = n <= items.size() ? items.get(n - 1) : null;
      variables.accept(itemTopic(n), item == null ? null : item.topic());
      variables.accept(itemMonth(n), item == null ? null : item.planMonth());
      variables.accept(itemGroups(n), item == null ? null
          : SpinValues.jsonValue(Spin.JSON(item.groups()).toString()).create());
      variables.accept(itemHours(n), item == null ? null : item.plannedHours().doubleValue());
    }
  }

  /**
   * 修改培训计划 as region-ops filled it in: a title, at least one row with a topic (a row whose topic is emptied is
   * left out), each with a month, groups of the region and the hours. Refuses naming the form's field.
   */
  public Revision checkRevision(String regionCode, Function<String, Object> variables) {
    Object title = variables.apply(PLAN_TITLE);
    if (!(title instanceof String t) || t.isBlank()) {
      throw InputRejectedException.badInput(PLAN_TITLE, "请填写计划名称");
    }
    if (t.strip().length() > MAX_TITLE) {
      throw InputRejectedException.badInput(PLAN_TITLE, "不超过 " + MAX_TITLE + " 个字");
    }
    Object note = variables.apply(REVISION_NOTE);
    if (note != null && (!(note instanceof String n) || n.strip().length() > MAX_COMMENT)) {
      throw InputRejectedException.badInput(REVISION_NOTE, "修改说明为文字，不超过 " + MAX_COMMENT + " 个字");
    }
    List<Item> items = new ArrayList<>();
    for (int n = 1; n <= MAX_ITEMS; n++) {
      Object topic = variables.apply(itemTopic(n));
      if (topic == null || (topic instanceof String s && s.isBlank())) {
        continue;
      }
      items.add(item(topic, variables.apply(itemMonth(n)), variables.apply(itemGroups(n)), variables.apply(itemHours(n)),
          regionCode, new Fields(itemTopic(n), itemMonth(n), itemGroups(n), itemHours(n)),
          InputRejectedException::badInput));
    }
    if (items.isEmpty()) {
      throw InputRejectedException.badInput(itemTopic(1), "培训计划至少要有一项培训");
    }
    return new Revision(t.strip(), items);
  }

  /** A checked revision: the title and the items in the form's order. */
  public record Revision(String title, List<Item> items) {
  }

  /** 重新提交培训计划: the revision replaces the items (once: a repeat finds the plan in approval already). */
  public void resubmit(long planId, Revision revision, java.util.function.BiConsumer<String, Object> variables) {
    TrainingPlan plan = plan(planId);
    if (plan.status() == PlanStatus.RETURNED) {
      plans.deleteItems(planId);
      insertItems(planId, revision.items());
      plans.resubmit(planId, revision.title());
    }
    load(planId, variables);
  }
}
