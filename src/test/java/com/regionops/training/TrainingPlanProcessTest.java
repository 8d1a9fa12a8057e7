package com.regionops.training;

import static com.regionops.support.Rejections.rejectedField;
import static com.regionops.training.TrainingPlanProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.notification.Notification;
import com.regionops.org.OrgIdentity;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import com.regionops.org.RegionService;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import com.regionops.training.TrainingPlanRequest.ItemRequest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * training-plan with the real services on the H2 test database: the president approves a plan at once, or returns
 * it with a comment and region-ops revises it in the form's rows until it is approved; every refusal names its field.
 */
@Deployment(resources = {"processes/training-plan.bpmn", "forms/approve-training-plan.form",
    "forms/revise-training-plan.form"})
class TrainingPlanProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 10, 10, 0);
  static final int YEAR = 2027;

  ProcessEngine engine;
  ProcessTestSupport support;
  IdentityService identity;
  TrainingPlanMapper mapper;
  TrainingPlanService service;
  Region otherRegion;
  String region;
  ApiUser regionOps;
  final List<String> users = new ArrayList<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(NOW));
    support = new ProcessTestSupport(engine);
    identity = engine.getIdentityService();
    otherRegion = Fixtures.region(support.session);
    region = support.region.code();
    mapper = support.session.getMapper(TrainingPlanMapper.class);
    RegionMapper regions = support.session.getMapper(RegionMapper.class);
    SystemCalls system = new SystemCalls(identity);
    TrainingAudience audience = new TrainingAudience(support.session.getMapper(ProjectMapper.class), identity, system);
    service = new TrainingPlanService(mapper, new RegionService(regions, new OrgIdentity(identity,
        engine.getAuthorizationService(), system, engine.getRuntimeService())), regions, audience,
        engine.getRuntimeService(), system, support.notifications);
    Mocks.register("loadTrainingPlanDelegate", new LoadTrainingPlanDelegate(service));
    Mocks.register("clearTrainingPlanReviewListener", new ClearTrainingPlanReviewListener());
    Mocks.register("checkTrainingPlanReviewListener", new CheckTrainingPlanReviewListener());
    Mocks.register("recordTrainingPlanReviewDelegate", new RecordTrainingPlanReviewDelegate(service));
    Mocks.register("checkTrainingPlanRevisionListener", new CheckTrainingPlanRevisionListener(service));
    Mocks.register("resubmitTrainingPlanDelegate", new ResubmitTrainingPlanDelegate(service));
    regionOps = new ApiUser("ops.plan", Set.of(Groups.REGION_OPS), Set.of(region));
  }

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
    users.forEach(identity::deleteUser);
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  static ItemRequest item(String topic, Integer month, List<String> groups, String hours) {
    return new ItemRequest(topic, month, groups, hours == null ? null : new BigDecimal(hours));
  }

  TrainingPlanRequest request() {
    return new TrainingPlanRequest(YEAR, null, List.of(
        item("计划运营管理办法解读", 3, List.of(Groups.REGION_OPS, Groups.PROJECT_OFFICE), "2"),
        item("工程质量管理与样板先行", 5, List.of(Groups.PROJECT_OFFICE, Groups.FN_ENGINEERING, support.officeGroup()), "3.5")));
  }

  ProcessInstance instance(long planId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey(planId))
        .singleResult();
  }

  Task task(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  Object variable(Task task, String name) {
    return engine.getTaskService().getVariable(task.getId(), name);
  }

  /** Completes the task as a user of the region with these groups. */
  void completeAs(Task task, String user, String group, Map<String, Object> variables) {
    identity.setAuthentication(user, List.of(group), List.of(region));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void thePresidentApprovesAPlanAndItIsFrozen() {
    TrainingPlanService.PlanView submitted = service.submit(regionOps, region, request());
    Assertions.assertThat(submitted.status()).isEqualTo(PlanStatus.IN_APPROVAL);
    Assertions.assertThat(submitted.title()).isEqualTo(YEAR + " 年度测试区域培训计划");
    Assertions.assertThat(submitted.items()).extracting(TrainingPlanService.ItemView::no,
        TrainingPlanService.ItemView::topic, TrainingPlanService.ItemView::month).containsExactly(
            Assertions.tuple(1, "计划运营管理办法解读", 3), Assertions.tuple(2, "工程质量管理与样板先行", 5));
    Assertions.assertThat(submitted.items().get(1).plannedHours()).isEqualByComparingTo("3.5");
    ProcessInstance pi = instance(submitted.id());
    Assertions.assertThat(pi.getTenantId()).isEqualTo(region);
    Assertions.assertThat(mapper.findById(submitted.id()).processInstanceId()).isEqualTo(pi.getId());

    Task approve = task(pi);
    Assertions.assertThat(approve.getTaskDefinitionKey()).isEqualTo(TASK_APPROVE);
    Assertions.assertThat(candidateGroups(approve)).containsExactly(Groups.REGION_PRESIDENT);
    Assertions.assertThat(variable(approve, PLAN_SUMMARY)).isEqualTo(
        "1. 3 月｜计划运营管理办法解读｜区域运营管理部、项目公司/项目运营｜2 学时\n"
            + "2. 5 月｜工程质量管理与样板先行｜项目公司/项目运营、区域工程部、项目公司 " + support.project.code()
            + "｜3.5 学时");
    Assertions.assertThat(variable(approve, PLAN_YEAR)).isEqualTo("2027");
    Assertions.assertThat(support.notificationsTo(Groups.REGION_PRESIDENT)).extracting(Notification::subject)
        .contains("年度培训计划待审批：" + submitted.title());

    Assertions.assertThat(rejectedField(() -> complete(approve))).isEqualTo(REVIEW);
    Assertions.assertThat(rejectedField(() -> complete(approve, withVariables(REVIEW, "MAYBE")))).isEqualTo(REVIEW);
    Assertions.assertThat(rejectedField(() -> complete(approve, withVariables(REVIEW, DECISION_APPROVED,
        REVIEW_COMMENT, "意".repeat(1001))))).isEqualTo(REVIEW_COMMENT);
    completeAs(approve, "president.plan", Groups.REGION_PRESIDENT, Map.of(REVIEW, DECISION_APPROVED));

    assertThat(pi).isEnded().hasPassed(END_APPROVED).hasNotPassed(TASK_REVISE);
    TrainingPlan plan = mapper.findById(submitted.id());
    Assertions.assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
    Assertions.assertThat(plan.approvedBy()).isEqualTo("president.plan");
    Assertions.assertThat(plan.approvedAt()).isEqualTo(NOW);
    Assertions.assertThat(plan.reviewRounds()).isEqualTo(1);
    Assertions.assertThat(support.notificationsTo("ops.plan")).extracting(Notification::subject)
        .containsExactly("年度培训计划已批准：" + plan.title());
    Assertions.assertThat(mapper.deleteItems(plan.id())).as("an approved plan's items stay").isZero();
    Assertions.assertThat(mapper.findItems(plan.id())).hasSize(2);
  }

  @Test
  void aReturnedPlanIsRevisedInTheFormAndApproved() {
    long id = service.submit(regionOps, region, request()).id();
    ProcessInstance pi = instance(id);
    Task approve = task(pi);
    Assertions.assertThat(rejectedField(() -> complete(approve, withVariables(REVIEW, DECISION_RETURNED))))
        .as("a return says why").isEqualTo(REVIEW_COMMENT);
    Assertions.assertThat(rejectedField(() -> complete(approve, withVariables(REVIEW, DECISION_RETURNED,
        REVIEW_COMMENT, " ")))).isEqualTo(REVIEW_COMMENT);
    ClockUtil.setCurrentTime(EngineTime.toDate(NOW.plusDays(1)));
    completeAs(approve, "president.plan", Groups.REGION_PRESIDENT,
        Map.of(REVIEW, DECISION_RETURNED, REVIEW_COMMENT, "请增加安全生产专题，质量培训放到 4 月"));

    TrainingPlan returned = mapper.findById(id);
    Assertions.assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
    Assertions.assertThat(returned.reviewComment()).isEqualTo("请增加安全生产专题，质量培训放到 4 月");
    Assertions.assertThat(returned.reviewedBy()).isEqualTo("president.plan");
    Assertions.assertThat(support.notificationsTo("ops.plan")).extracting(Notification::subject)
        .containsExactly("年度培训计划被退回：" + returned.title());
    Task revise = task(pi);
    Assertions.assertThat(revise.getTaskDefinitionKey()).isEqualTo(TASK_REVISE);
    Assertions.assertThat(candidateGroups(revise)).containsExactly(Groups.REGION_OPS);
    Assertions.assertThat(variable(revise, REVIEW_COMMENT)).isEqualTo("请增加安全生产专题，质量培训放到 4 月");
    Assertions.assertThat(variable(revise, itemTopic(2))).isEqualTo("工程质量管理与样板先行");
    Assertions.assertThat(variable(revise, itemMonth(2))).isEqualTo(5);
    Assertions.assertThat(variable(revise, itemHours(2))).isEqualTo(3.5);
    Assertions.assertThat(variable(revise, itemGroups(1)).toString())
        .isEqualTo("[\"" + Groups.REGION_OPS + "\",\"" + Groups.PROJECT_OFFICE + "\"]");
    Assertions.assertThat(variable(revise, itemTopic(3))).isNull();
    Assertions.assertThat(variable(revise, AUDIENCE_OPTIONS).toString()).contains(support.officeGroup())
        .doesNotContain(Groups.GROUP_OPS);

    Assertions.assertThat(rejectedField(() -> complete(revise, withVariables(itemMonth(2), 13)))).isEqualTo(itemMonth(2));
    Assertions.assertThat(rejectedField(() -> complete(revise, withVariables(itemGroups(2),
        SpinValues.jsonValue("[\"sales-team\"]").create())))).isEqualTo(itemGroups(2));
    Assertions.assertThat(rejectedField(() -> complete(revise, withVariables(itemHours(1), 0)))).isEqualTo(itemHours(1));
    Assertions.assertThat(rejectedField(() -> complete(revise, withVariables(itemTopic(3), "安全生产专题",
        itemMonth(3), 6, itemHours(3), 2)))).as("a new row needs its groups").isEqualTo(itemGroups(3));
    Assertions.assertThat(rejectedField(() -> complete(revise, withVariables(itemTopic(1), "", itemTopic(2), " "))))
        .as("at least one row").isEqualTo(itemTopic(1));
    Assertions.assertThat(rejectedField(() -> complete(revise, withVariables(PLAN_TITLE, " ")))).isEqualTo(PLAN_TITLE);
    Assertions.assertThat(mapper.findItems(id)).as("nothing changed yet").hasSize(2);

    // the first row deleted, the second moved to April, a new one added
    complete(revise, withVariables(itemTopic(1), "", itemMonth(2), 4, itemTopic(3), "安全生产专题", itemMonth(3), 6,
        itemGroups(3), SpinValues.jsonValue("[\"" + Groups.REGION_FUNCTIONS + "\"]").create(), itemHours(3), 1.5,
        REVISION_NOTE, "已按意见调整", PLAN_TITLE, "2027 年度培训计划（修订）"));

    TrainingPlan resubmitted = mapper.findById(id);
    Assertions.assertThat(resubmitted.status()).isEqualTo(PlanStatus.IN_APPROVAL);
    Assertions.assertThat(resubmitted.title()).isEqualTo("2027 年度培训计划（修订）");
    Assertions.assertThat(mapper.findItems(id)).extracting(TrainingPlanItem::itemNo, TrainingPlanItem::topic,
        TrainingPlanItem::planMonth).containsExactly(Assertions.tuple(1, "工程质量管理与样板先行", 4),
            Assertions.tuple(2, "安全生产专题", 6));
    Assertions.assertThat(mapper.findItems(id).get(1).groups()).containsExactly(Groups.REGION_FUNCTIONS);
    Task again = task(pi);
    Assertions.assertThat(again.getTaskDefinitionKey()).isEqualTo(TASK_APPROVE);
    Assertions.assertThat(variable(again, REVIEW)).as("the president starts blank").isNull();
    Assertions.assertThat(variable(again, REVIEW_COMMENT)).isNull();
    Assertions.assertThat(variable(again, REVISION_NOTE)).isEqualTo("已按意见调整");
    Assertions.assertThat(variable(again, PLAN_SUMMARY).toString()).startsWith("1. 4 月｜工程质量管理与样板先行")
        .contains("2. 6 月｜安全生产专题｜区域职能部门｜1.5 学时");
    Assertions.assertThat(support.notificationsTo(Groups.REGION_PRESIDENT)).extracting(Notification::subject)
        .as("told once per round").hasSize(2);

    completeAs(again, "president.plan", Groups.REGION_PRESIDENT, Map.of(REVIEW, DECISION_APPROVED));
    assertThat(pi).isEnded().hasPassed(TASK_REVISE, END_APPROVED);
    Assertions.assertThat(mapper.findById(id).reviewRounds()).isEqualTo(2);
    Assertions.assertThat(mapper.findById(id).status()).isEqualTo(PlanStatus.APPROVED);
  }

  @Test
  void whoMaySubmitAndSeeAPlan() {
    ApiUser office = new ApiUser("office.plan", Set.of(Groups.PROJECT_OFFICE, support.officeGroup()), Set.of(region));
    ApiUser president = new ApiUser("president.plan", Set.of(Groups.REGION_PRESIDENT), Set.of(region));
    ApiUser otherOps = new ApiUser("ops.other", Set.of(Groups.REGION_OPS), Set.of(otherRegion.code()));
    ApiUser groupOps = new ApiUser("ops.group", Set.of(Groups.GROUP_OPS), Set.of(region, otherRegion.code()));
    Assertions.assertThat(status(() -> service.submit(office, region, request()))).as("not the region's staff")
        .isEqualTo(404);
    Assertions.assertThat(status(() -> service.submit(president, region, request()))).isEqualTo(403);
    Assertions.assertThat(status(() -> service.submit(otherOps, region, request()))).as("another region")
        .isEqualTo(404);
    Assertions.assertThat(status(() -> service.submit(groupOps, region, request()))).isEqualTo(403);

    long id = service.submit(regionOps, region, request()).id();
    Assertions.assertThat(status(() -> service.submit(regionOps, region, request()))).as("one plan a year")
        .isEqualTo(409);
    Assertions.assertThat(service.submit(regionOps, region, new TrainingPlanRequest(YEAR - 1, "今年的计划",
        request().items())).year()).as("this year's is another plan").isEqualTo(YEAR - 1);
    Assertions.assertThat(service.get(president, id).id()).isEqualTo(id);
    Assertions.assertThat(service.get(groupOps, id).id()).isEqualTo(id);
    Assertions.assertThat(service.list(president, region)).extracting(TrainingPlanService.PlanView::year)
        .containsExactly(YEAR, YEAR - 1);
    Assertions.assertThat(status(() -> service.get(otherOps, id))).isEqualTo(404);
    Assertions.assertThat(status(() -> service.get(office, id))).isEqualTo(404);
    Assertions.assertThat(status(() -> service.list(otherOps, region))).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
    TrainingPlanRequest ok = request();
    Assertions.assertThat(field(null)).isEqualTo("year");
    Assertions.assertThat(field(new TrainingPlanRequest(null, null, ok.items()))).isEqualTo("year");
    Assertions.assertThat(field(new TrainingPlanRequest(2025, null, ok.items()))).as("last year").isEqualTo("year");
    Assertions.assertThat(field(new TrainingPlanRequest(2028, null, ok.items()))).isEqualTo("year");
    Assertions.assertThat(field(new TrainingPlanRequest(YEAR, "题".repeat(201), ok.items()))).isEqualTo("title");
    Assertions.assertThat(field(new TrainingPlanRequest(YEAR, null, List.of()))).isEqualTo("items");
    Assertions.assertThat(field(new TrainingPlanRequest(YEAR, null, null))).isEqualTo("items");
    List<ItemRequest> thirteen = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      thirteen.add(item("专题" + i, 1 + i % 12, List.of(Groups.REGION_OPS), "1"));
    }
    Assertions.assertThat(field(new TrainingPlanRequest(YEAR, null, thirteen))).isEqualTo("items");
    Assertions.assertThat(field(one(item(" ", 3, List.of(Groups.REGION_OPS), "2")))).isEqualTo("items[0].topic");
    Assertions.assertThat(field(one(item("专".repeat(101), 3, List.of(Groups.REGION_OPS), "2"))))
        .isEqualTo("items[0].topic");
    Assertions.assertThat(field(one(item("专题", null, List.of(Groups.REGION_OPS), "2")))).isEqualTo("items[0].month");
    Assertions.assertThat(field(one(item("专题", 0, List.of(Groups.REGION_OPS), "2")))).isEqualTo("items[0].month");
    Assertions.assertThat(field(one(item("专题", 13, List.of(Groups.REGION_OPS), "2")))).isEqualTo("items[0].month");
    Assertions.assertThat(field(one(item("专题", 3, List.of(), "2")))).isEqualTo("items[0].audienceGroups");
    Assertions.assertThat(field(one(item("专题", 3, List.of("sales-team"), "2")))).isEqualTo("items[0].audienceGroups");
    Assertions.assertThat(field(one(item("专题", 3, List.of(Groups.GROUP_OPS), "2")))).isEqualTo("items[0].audienceGroups");
    Assertions.assertThat(field(one(item("专题", 3, List.of(Groups.office(Fixtures.project(support.session,
        otherRegion.code()).code())), "2")))).as("another region's project").isEqualTo("items[0].audienceGroups");
    Assertions.assertThat(field(one(item("专题", 3, List.of(Groups.REGION_OPS), null)))).isEqualTo("items[0].plannedHours");
    Assertions.assertThat(field(one(item("专题", 3, List.of(Groups.REGION_OPS), "0")))).isEqualTo("items[0].plannedHours");
    Assertions.assertThat(field(one(item("专题", 3, List.of(Groups.REGION_OPS), "-2")))).isEqualTo("items[0].plannedHours");
    Assertions.assertThat(field(one(item("专题", 3, List.of(Groups.REGION_OPS), "1.25")))).isEqualTo("items[0].plannedHours");
    Assertions.assertThat(field(one(item("专题", 3, List.of(Groups.REGION_OPS), "100.5")))).isEqualTo("items[0].plannedHours");
    List<ItemRequest> secondBad = new ArrayList<>(ok.items());
    secondBad.add(null);
    Assertions.assertThat(field(new TrainingPlanRequest(YEAR, null, secondBad))).isEqualTo("items[2].topic");
    Assertions.assertThat(mapper.findByRegion(region)).as("nothing written").isEmpty();
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isZero();
  }

  static TrainingPlanRequest one(ItemRequest item) {
    List<ItemRequest> items = new ArrayList<>();
    items.add(item);
    return new TrainingPlanRequest(YEAR, null, items);
  }

  String field(TrainingPlanRequest request) {
    Throwable thrown = Assertions.catchThrowable(() -> service.submit(regionOps, region, request));
    Assertions.assertThat(thrown).isInstanceOf(ApiException.class);
    Assertions.assertThat(((ApiException) thrown).status().value()).as(thrown.getMessage()).isEqualTo(400);
    return ((ApiException) thrown).problems().get(0).field();
  }

  static int status(ThrowingCallable call) {
    Throwable thrown = Assertions.catchThrowable(call);
    Assertions.assertThat(thrown).isInstanceOf(ApiException.class);
    return ((ApiException) thrown).status().value();
  }
}
