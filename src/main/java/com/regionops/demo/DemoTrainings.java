package com.regionops.demo;

import com.regionops.document.PdfRenderer;
import com.regionops.document.Upload;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.policy.PolicyRequest.QuestionRequest;
import com.regionops.policy.PolicyRequest.QuizRequest;
import com.regionops.training.TrainingPlanProcess;
import com.regionops.training.TrainingPlanRequest;
import com.regionops.training.TrainingPlanRequest.ItemRequest;
import com.regionops.training.TrainingPlanService;
import com.regionops.training.TrainingPlanService.ItemView;
import com.regionops.training.TrainingProcess;
import com.regionops.training.TrainingRequest;
import com.regionops.training.TrainingService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's 培训管理, lived through the real processes with the engine's clock set back: SOUTH's annual plan for
 * this year (returned once for a missing topic, then approved), and two sessions of it already held. The first (2
 * hours, no quiz): GZ02 declined, region-ops came but never gave feedback. The second (3 hours, with a quiz): SZ01
 * never answered the invitation, GZ01 passed the quiz at once, GZ02 at the second attempt, engineering gave feedback
 * but left the quiz. Every date is relative to the day the demo was seeded.
 */
@Component
@Profile("demo")
public class DemoTrainings {

  static final String REGION = "SOUTH";
  static final String OPS = "ops.south";
  static final String PRESIDENT = "president.south";
  static final String ENGINEERING = "engineering.south";

  private final TrainingPlanService plans;
  private final TrainingService trainings;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final PdfRenderer pdf;

  DemoTrainings(TrainingPlanService plans, TrainingService trainings, TaskService tasks, ManagementService management,
      IdentityService identity, PdfRenderer pdf) {
    this.plans = plans;
    this.trainings = trainings;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.pdf = pdf;
  }

  /** today: the day the demo was seeded, which every date here is counted from. Leaves the engine's clock reset. */
  public void seed(LocalDate today) {
    try {
      List<ItemView> items = plan(today);
      policySession(today, itemId(items, "计划运营管理办法（第二版）解读"));
      qualitySession(today, itemId(items, "工程质量管理与样板先行"));
    } finally {
      ClockUtil.reset();
      identity.clearAuthentication();
    }
  }

  // --- 年度培训计划: submitted two months ago, returned for a missing topic, approved ---

  private List<ItemView> plan(LocalDate today) {
    int year = today.getYear();
    at(today.minusDays(60).atTime(10, 0));
    long id = as(OPS, () -> plans.submit(apiUser(OPS), REGION, new TrainingPlanRequest(year, null, List.of(
        item("计划运营管理办法（第二版）解读", today.minusDays(40), List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), "2"),
        item("工程质量管理与样板先行", today.minusDays(12), List.of(Groups.PROJECT_OFFICE, Groups.FN_ENGINEERING), "3"),
        new ItemRequest("安全生产月专题", 6, List.of(Groups.PROJECT_OFFICE, Groups.FN_ENGINEERING), new BigDecimal("2"))))))
        .id();
    String key = TrainingPlanProcess.businessKey(id);
    complete(task(key, TrainingPlanProcess.TASK_APPROVE, null), PRESIDENT, today.minusDays(58).atTime(15, 0),
        Map.of(TrainingPlanProcess.REVIEW, TrainingPlanProcess.DECISION_RETURNED, TrainingPlanProcess.REVIEW_COMMENT,
            "请补充营销条线的案场管理培训，安排在下半年。"));
    Map<String, Object> revision = new HashMap<>();
    revision.put(TrainingPlanProcess.itemTopic(4), "营销案场管理规范");
    revision.put(TrainingPlanProcess.itemMonth(4), 9);
    revision.put(TrainingPlanProcess.itemGroups(4),
        SpinValues.jsonValue("[\"" + Groups.PROJECT_OFFICE + "\",\"" + Groups.FN_MARKETING + "\"]").create());
    revision.put(TrainingPlanProcess.itemHours(4), 2.0);
    revision.put(TrainingPlanProcess.REVISION_NOTE, "已按意见补充第 4 项营销案场管理规范（9 月）。");
    complete(task(key, TrainingPlanProcess.TASK_REVISE, null), OPS, today.minusDays(57).atTime(10, 0), revision);
    complete(task(key, TrainingPlanProcess.TASK_APPROVE, null), PRESIDENT, today.minusDays(56).atTime(9, 30),
        Map.of(TrainingPlanProcess.REVIEW, TrainingPlanProcess.DECISION_APPROVED));
    return as(OPS, () -> plans.get(apiUser(OPS), id)).items();
  }

  private static ItemRequest item(String topic, LocalDate month, List<String> groups, String hours) {
    return new ItemRequest(topic, month.getMonthValue(), groups, new BigDecimal(hours));
  }

  /** The id of the plan's item with that topic. */
  private static Long itemId(List<ItemView> items, String topic) {
    return items.stream().filter(i -> i.topic().equals(topic)).map(ItemView::id).findFirst().orElseThrow();
  }

  // --- 计划运营管理办法解读: 40 days ago, 2 hours, no quiz ---

  private void policySession(LocalDate today, Long itemId) {
    LocalDate day = today.minusDays(40);
    at(today.minusDays(47).atTime(10, 0));
    TrainingService.Created created = as(OPS, () -> trainings.create(apiUser(OPS), new TrainingRequest(REGION,
        sameYear(itemId, day, today), "计划运营管理办法（第二版）解读", "华南区域运营管理部 张敏", day.atTime(14, 30).toString(),
        new BigDecimal("2"), "华南区域总部 3 楼大会议室", null, List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE),
        "节点填报须在实际完成后 3 天内提交阶段成果；计划调整须在节点到期前申请；双周检查红色节点 5 个工作日内提交纠偏措施。", null)));
    as(OPS, () -> trainings.attach(apiUser(OPS), created.id(), Upload.of("计划运营管理办法（第二版）解读.pdf",
        slides("计划运营管理办法（第二版）解读", "节点填报、计划调整、双周检查与纠偏的区域规则及常见问题。", day))));
    String key = created.businessKey();
    register(key, OPS, true, null, today.minusDays(46).atTime(9, 0));
    register(key, "office.gz01", true, null, today.minusDays(45).atTime(11, 0));
    register(key, "office.sz01", true, null, today.minusDays(44).atTime(16, 0));
    register(key, "office.gz02", false, "项目开盘冲刺，当天无法参加", today.minusDays(44).atTime(17, 30));
    runTimers(created.processInstanceId(), TrainingProcess.TIMER_TRAINING_STARTS, day.atTime(14, 30));
    checkIn(key, day.atTime(17, 0), OPS, "office.gz01", "office.sz01");
    feedback(key, "office.gz01", "5", "案例贴合项目实际，节点填报的要求讲得很清楚。", day.plusDays(1).atTime(9, 30));
    feedback(key, "office.sz01", "4", null, day.plusDays(2).atTime(18, 0));
    // region-ops never answered: reminded on the day it was due, then expired
    runTimers(created.processInstanceId(), TrainingProcess.TIMER_FEEDBACK_REMINDER,
        day.plusDays(TrainingProcess.FEEDBACK_DAYS).atTime(TrainingProcess.NOTICE_HOUR, 0));
    runTimers(created.processInstanceId(), TrainingProcess.TIMER_FEEDBACK_EXPIRED,
        day.plusDays(TrainingProcess.EXPIRY_DAYS + 1L).atStartOfDay());
  }

  // --- 工程质量管理与样板先行: 12 days ago, 3 hours, with a quiz ---

  private void qualitySession(LocalDate today, Long itemId) {
    LocalDate day = today.minusDays(12);
    at(today.minusDays(20).atTime(9, 0));
    TrainingService.Created created = as(OPS, () -> trainings.create(apiUser(OPS), new TrainingRequest(REGION,
        sameYear(itemId, day, today), "工程质量管理与样板先行", "华南区域工程部 李工", day.atTime(9, 30).toString(),
        new BigDecimal("3"), "GZ02 项目样板展示区", null, List.of(Groups.PROJECT_OFFICE, Groups.FN_ENGINEERING),
        "样板先行的适用工序、分户验收的组织与质量问题闭环；现场观摩后答题。", new QuizRequest(2, List.of(
            new QuestionRequest("样板先行适用于哪些工序？", List.of("所有批量施工工序", "仅主体结构", "仅精装修"), "A"),
            new QuestionRequest("分户验收由谁组织？", List.of("施工单位", "建设单位", "监理单位"), "B"),
            new QuestionRequest("质量问题整改须在几日内闭环？", List.of("3 日", "5 日", "7 日"), "C"))))));
    String key = created.businessKey();
    register(key, "office.gz01", true, null, today.minusDays(19).atTime(10, 0));
    register(key, "office.gz02", true, null, today.minusDays(18).atTime(9, 0));
    register(key, ENGINEERING, true, null, today.minusDays(18).atTime(15, 0));
    // SZ01 never answered: registration closed at the start
    runTimers(created.processInstanceId(), TrainingProcess.TIMER_REGISTRATION_CLOSED, day.atTime(9, 30));
    checkIn(key, day.atTime(12, 30), "office.gz01", "office.gz02", ENGINEERING);
    quiz(key, "office.gz01", day.plusDays(1).atTime(10, 0), "A", "B", "C");
    feedback(key, "office.gz01", "5", null, day.plusDays(1).atTime(10, 10));
    quiz(key, "office.gz02", day.plusDays(1).atTime(15, 0), "B", "A", "C");
    quiz(key, "office.gz02", day.plusDays(2).atTime(9, 0), "A", "B", "A");
    feedback(key, "office.gz02", "3", "希望增加现场实操和常见质量问题案例。", day.plusDays(2).atTime(9, 10));
    feedback(key, ENGINEERING, "4", null, day.plusDays(2).atTime(16, 0));
    // engineering never took the quiz: reminded, then its window closed
    runTimers(created.processInstanceId(), TrainingProcess.TIMER_FEEDBACK_REMINDER,
        day.plusDays(TrainingProcess.FEEDBACK_DAYS).atTime(TrainingProcess.NOTICE_HOUR, 0));
    runTimers(created.processInstanceId(), TrainingProcess.TIMER_FEEDBACK_EXPIRED,
        day.plusDays(TrainingProcess.EXPIRY_DAYS + 1L).atStartOfDay());
  }

  /** The plan's item, when the session falls in the plan's year (not so in the first weeks of January). */
  private static Long sameYear(Long itemId, LocalDate day, LocalDate today) {
    return day.getYear() == today.getYear() ? itemId : null;
  }

  private byte[] slides(String title, String text, LocalDate day) {
    return pdf.render(PdfRenderer.page(title, "<h1>" + PdfRenderer.escape(title) + "</h1><p>"
        + PdfRenderer.escape(text) + "</p><p>培训日期：" + day + "</p><p class=\"foot\">演示资料：由 RegionOps 演示数据生成。</p>"),
        title);
  }

  private void register(String key, String user, boolean yes, String reason, LocalDateTime when) {
    Map<String, Object> answer = new HashMap<>();
    answer.put(TrainingProcess.REGISTRATION, yes ? TrainingProcess.REGISTER_YES : TrainingProcess.REGISTER_NO);
    if (reason != null) {
      answer.put(TrainingProcess.DECLINE_REASON, reason);
    }
    complete(task(key, TrainingProcess.TASK_REGISTER, user), user, when, answer);
  }

  private void checkIn(String key, LocalDateTime when, String... attendees) {
    complete(task(key, TrainingProcess.TASK_CHECK_IN, null), OPS, when, Map.of(TrainingProcess.ATTENDEES,
        SpinValues.jsonValue("[\"" + String.join("\",\"", attendees) + "\"]").create()));
  }

  private void feedback(String key, String user, String score, String comment, LocalDateTime when) {
    Map<String, Object> answer = new HashMap<>();
    answer.put(TrainingProcess.FEEDBACK_SCORE, score);
    if (comment != null) {
      answer.put(TrainingProcess.FEEDBACK_COMMENT, comment);
    }
    complete(task(key, TrainingProcess.TASK_FEEDBACK, user), user, when, answer);
  }

  private void quiz(String key, String user, LocalDateTime when, String... letters) {
    Map<String, Object> answers = new HashMap<>();
    for (int n = 1; n <= letters.length; n++) {
      answers.put(TrainingProcess.answer(n), letters[n - 1]);
    }
    complete(task(key, TrainingProcess.TASK_QUIZ, user), user, when, answers);
  }

  // --- the engine, driven as the users would, at a moved clock ---

  private void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(EngineTime.toDate(time));
  }

  /** The open task of that kind in the instance with the key: the user's own, or the only one. */
  private Task task(String businessKey, String taskKey, String assignee) {
    var query = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey);
    List<Task> open = (assignee == null ? query : query.taskAssignee(assignee)).list();
    if (open.size() != 1) {
      throw new IllegalStateException("demo trainings: " + open.size() + " open " + taskKey + " of "
          + (assignee == null ? "" : assignee + " in ") + businessKey);
    }
    return open.get(0);
  }

  private void complete(Task task, String user, LocalDateTime when, Map<String, Object> variables) {
    at(when);
    as(user, () -> {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  /** Runs the instance's due timers of that element at that time. */
  private void runTimers(String processInstanceId, String activityId, LocalDateTime when) {
    at(when);
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list()) {
      management.executeJob(job.getId());
    }
  }

  private <T> T as(String user, Supplier<T> work) {
    DemoData.DemoUser demoUser = DemoData.user(user);
    identity.setAuthentication(user, demoUser.groups(), demoUser.tenants());
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static ApiUser apiUser(String user) {
    DemoData.DemoUser demoUser = DemoData.user(user);
    return new ApiUser(user, Set.copyOf(demoUser.groups()), Set.copyOf(demoUser.tenants()));
  }
}
