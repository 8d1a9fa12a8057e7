package com.regionops.performance;

import static com.regionops.performance.PerformancePlanProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.notification.Notification;
import com.regionops.operating.ActualRow;
import com.regionops.operating.FunctionReviewProcess;
import com.regionops.operating.FunctionReviews;
import com.regionops.operating.Metric;
import com.regionops.operating.TargetMapper;
import com.regionops.org.Project;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.ProcessInstances;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.platform.web.InputRejectedException;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * performance-plan with the shared function-review and the real steps on the H2 test database: every path (approved
 * by the president then group-ops; returned by the president; returned by group-ops), a function's 意见 in the
 * president's summary, one version in review at a time, and a newer approved version superseding the old.
 */
@Deployment(resources = {"processes/performance-plan.bpmn", "processes/function-review.bpmn"})
class PerformancePlanProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  ProcessEngine engine;
  ProcessTestSupport support;
  PerformancePlanMapper mapper;
  PerformancePlanService service;
  ApiUser ops;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2026, 12, 1, 9, 0)));
    support = new ProcessTestSupport(engine);
    mapper = support.session.getMapper(PerformancePlanMapper.class);
    SystemCalls system = new SystemCalls(engine.getIdentityService());
    service = new PerformancePlanService(mapper, engine.getRuntimeService(), system,
        new ProcessInstances(engine.getRuntimeService(), system));
    ops = new ApiUser("ops.test", Set.of(Groups.REGION_OPS), Set.of(support.region.code()));
    FunctionReviews functionReviews = new FunctionReviews();
    Mocks.register("functionReviews", functionReviews);
    Mocks.register("openFunctionReviewListener", functionReviews.open());
    Mocks.register("recordFunctionReviewListener", functionReviews.record());
    Mocks.register("summarizeFunctionReviewsDelegate", functionReviews.summarize());
    PerformancePlanSteps steps = new PerformancePlanSteps();
    Mocks.register("performancePlanService", service);
    Mocks.register("openPerformancePlanDelegate", steps.open(service));
    Mocks.register("recordPlanReviewsDelegate", steps.recordReviews(service));
    Mocks.register("recordPlanDecisionListener", steps.recordDecision(service));
    Mocks.register("approvePerformancePlanDelegate", steps.approve(service, support.notifications));
    Mocks.register("returnPerformancePlanDelegate", steps.giveBack(service, support.notifications));
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  /** 2027–2029: sales 10,000 / 12,000 growing a thousand a year, net profit 800 / 1,000; the group's 2027 figures. */
  static PerformancePlanRequest request() {
    List<PerformancePlanRequest.Line> lines = new ArrayList<>();
    for (int year = 2027; year <= 2029; year++) {
      int step = (year - 2027) * 1000;
      lines.add(new PerformancePlanRequest.Line(year, "SALES", year == 2027 ? new BigDecimal("9500.00") : null,
          year == 2027 ? new BigDecimal("11500.00") : null, new BigDecimal(10000 + step), new BigDecimal(12000 + step)));
      lines.add(new PerformancePlanRequest.Line(year, "NET_PROFIT", null, null, new BigDecimal("800.00"),
          new BigDecimal("1000.50")));
    }
    return new PerformancePlanRequest(2027, 3, lines);
  }

  ProcessInstance submit() {
    PerformancePlan plan = service.submit(ops, support.region.code(), request()).plan();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(plan.processInstanceId())
        .singleResult();
  }

  Task review(ProcessInstance pi, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskDefinitionKey(FunctionReviewProcess.TASK_REVIEW).taskCandidateGroup(group).singleResult();
  }

  void reviewAll(ProcessInstance pi) {
    for (String group : List.of(Groups.FN_MARKETING, Groups.FN_FINANCE, Groups.FN_INVESTMENT)) {
      complete(review(pi, group), withVariables(FunctionReviewProcess.OUTCOME, FunctionReviewProcess.APPROVED));
    }
  }

  PerformancePlan plan(ProcessInstance pi) {
    return mapper.findByProcess(pi.getId());
  }

  @Test
  void theFunctionsReviewThePresidentReadsTheirOpinionsThenGroupOpsApprovesAndThePlanIsFrozen() {
    ProcessInstance pi = submit();

    Assertions.assertThat(pi.getBusinessKey()).isEqualTo(support.region.code() + ":PLAN:v1");
    assertThat(pi).isWaitingAt(CALL_REVIEW).calledProcessInstance(FunctionReviewProcess.KEY)
        .isWaitingAt(FunctionReviewProcess.TASK_REVIEW);
    Assertions.assertThat(plan(pi).status()).isEqualTo(PlanStatus.IN_REVIEW);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .list()).hasSize(3);
    Task marketing = review(pi, Groups.FN_MARKETING);
    Assertions.assertThat(rejectedField(() -> complete(marketing, withVariables(FunctionReviewProcess.OUTCOME,
        FunctionReviewProcess.COMMENTED)))).isEqualTo(FunctionReviewProcess.COMMENT);
    complete(marketing, withVariables(FunctionReviewProcess.OUTCOME, FunctionReviewProcess.COMMENTED,
        FunctionReviewProcess.COMMENT, "2028 年供货节奏偏紧，销售控制目标需复核"));
    complete(review(pi, Groups.FN_FINANCE), withVariables(FunctionReviewProcess.OUTCOME, FunctionReviewProcess.APPROVED));
    complete(review(pi, Groups.FN_INVESTMENT), withVariables(FunctionReviewProcess.OUTCOME,
        FunctionReviewProcess.APPROVED));

    assertThat(pi).isWaitingAt(TASK_PRESIDENT).task().hasCandidateGroup(Groups.REGION_PRESIDENT);
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), FunctionReviewProcess.SUMMARY))
        .as("the president reads the functions' opinions")
        .contains("fn-marketing：意见，2028 年供货节奏偏紧，销售控制目标需复核").contains("fn-finance：同意");
    Assertions.assertThat(rejectedField(() -> complete(BpmnAwareTests.task(pi), withVariables(PRESIDENT_DECISION,
        "OK")))).isEqualTo(PRESIDENT_DECISION);
    complete(BpmnAwareTests.task(pi), withVariables(PRESIDENT_DECISION, APPROVED));

    assertThat(pi).isWaitingAt(TASK_GROUP).task().hasCandidateGroup(Groups.GROUP_OPS);
    complete(BpmnAwareTests.task(pi), withVariables(GROUP_DECISION, APPROVED, GROUP_COMMENT, "同意"));

    assertThat(pi).isEnded().hasPassed(END_APPROVED).hasNotPassed(END_RETURNED);
    Assertions.assertThat(plan(pi).status()).isEqualTo(PlanStatus.APPROVED);
    Assertions.assertThat(mapper.findOpinions(plan(pi).id())).extracting(PlanOpinion::stage, PlanOpinion::actorGroup,
        PlanOpinion::outcome).containsExactly(
            Assertions.tuple(STAGE_REVIEW, "fn-finance", "APPROVED"),
            Assertions.tuple(STAGE_REVIEW, "fn-investment", "APPROVED"),
            Assertions.tuple(STAGE_REVIEW, "fn-marketing", "COMMENTED"),
            Assertions.tuple(STAGE_PRESIDENT, Groups.REGION_PRESIDENT, "APPROVED"),
            Assertions.tuple(STAGE_GROUP, Groups.GROUP_OPS, "APPROVED"));
    Assertions.assertThat(support.notificationsTo(Groups.REGION_OPS)).extracting(Notification::subject)
        .contains(support.region.code() + " 2027–2029 三年业绩规划 v1 已批准");
    Assertions.assertThat(service.approvedYear(support.region.code(), 2028).get("SALES").controlAmount())
        .isEqualByComparingTo("13000.00");
    Assertions.assertThat(service.approvedYear(support.region.code(), 2030)).as("outside the horizon").isEmpty();
  }

  @Test
  void oneVersionInReviewAtATimeAndANewerApprovedVersionSupersedesTheOld() {
    ProcessInstance first = submit();
    Assertions.assertThat(conflict(this::submit)).isEqualTo("startYear");
    approve(first);
    ProcessInstance second = submit();
    Assertions.assertThat(second.getBusinessKey()).endsWith(":PLAN:v2");
    Assertions.assertThat(plan(first).status()).as("v1 holds until v2 is approved").isEqualTo(PlanStatus.APPROVED);

    approve(second);

    Assertions.assertThat(service.list(support.region.code())).extracting(v -> v.plan().status())
        .containsExactly(PlanStatus.APPROVED, PlanStatus.SUPERSEDED);
    Assertions.assertThat(service.current(support.region.code()).plan().versionNo()).isEqualTo(2);
  }

  /**
   * 回款 planned 2027–2029 (保底 9,000 / 控制 10,800), as the operating targets now decompose it: its decomposition gap
   * and its actuals come as the other metrics' do; a decomposition stored before 回款 was a target has none.
   */
  @Test
  void collectionHasItsDecompositionGapAndItsActualsLikeTheOtherMetrics() {
    List<PerformancePlanRequest.Line> lines = new ArrayList<>(request().lines());
    for (int year = 2027; year <= 2029; year++) {
      lines.add(new PerformancePlanRequest.Line(year, "COLLECTION", null, null, new BigDecimal("9000.00"),
          new BigDecimal("10800.00")));
    }
    PerformancePlan submitted = service.submit(ops, support.region.code(), new PerformancePlanRequest(2027, 3, lines))
        .plan();
    approve(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(submitted.processInstanceId()).singleResult());
    String region = support.region.code();

    List<PerformancePlanService.PlanGap> gaps = service.gaps(region, 2027, Map.of("SALES", new BigDecimal("10500.00"),
        "COLLECTION", new BigDecimal("9000.50"), "SUPPLY", new BigDecimal("1.00")));

    Assertions.assertThat(gaps).extracting(PerformancePlanService.PlanGap::metric)
        .containsExactly("SALES", "COLLECTION", "SUPPLY");
    Assertions.assertThat(gaps.get(1)).satisfies(g -> {
      Assertions.assertThat(g.label()).isEqualTo("回款");
      Assertions.assertThat(g.planVersionNo()).isEqualTo(1);
      Assertions.assertThat(g.decomposition()).isEqualByComparingTo("9000.50");
      Assertions.assertThat(g.floor()).isEqualByComparingTo("9000.00");
      Assertions.assertThat(g.control()).isEqualByComparingTo("10800.00");
      Assertions.assertThat(g.fromFloor()).isEqualByComparingTo("0.50");
      Assertions.assertThat(g.fromControl()).isEqualByComparingTo("-1799.50");
    });
    Assertions.assertThat(service.gaps(region, 2027, Map.of("SALES", new BigDecimal("10500.00"))))
        .as("a decomposition stored before 回款 was a target").singleElement()
        .satisfies(g -> Assertions.assertThat(g.fromFloor()).isEqualByComparingTo("500.00"));

    // the plan's first year under way: 回款 of 2026 (a year before the plan) and of 2027 so far, over two projects
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2027, 6, 1, 9, 0)));
    Project other = Fixtures.project(support.session, region);
    TargetMapper targets = support.session.getMapper(TargetMapper.class);
    targets.insertActual(actual(support.project.code(), 2026, 12, "4000.25"));
    targets.insertActual(actual(support.project.code(), 2027, 1, "1500.10"));
    targets.insertActual(actual(support.project.code(), 2027, 2, "1600.00"));
    targets.insertActual(actual(other.code(), 2027, 1, "0.40"));

    PerformancePlanService.Current current = service.current(region);

    Assertions.assertThat(current.years()).filteredOn(y -> y.metric() == PlanMetric.COLLECTION)
        .extracting(PerformancePlanService.YearMetric::year, PerformancePlanService.YearMetric::actual)
        .containsExactly(Assertions.tuple(2027, new BigDecimal("3100.50")), Assertions.tuple(2028, null),
            Assertions.tuple(2029, null));
    Assertions.assertThat(current.pastYears()).filteredOn(y -> y.metric() == PlanMetric.COLLECTION).singleElement()
        .satisfies(y -> {
          Assertions.assertThat(y.year()).isEqualTo(2026);
          Assertions.assertThat(y.label()).isEqualTo("回款");
          Assertions.assertThat(y.actual()).isEqualByComparingTo("4000.25");
        });
  }

  static ActualRow actual(String project, int year, int month, String amount) {
    return new ActualRow(project, year, month, Metric.COLLECTION,
        new BigDecimal(amount), "ops.test");
  }

  void approve(ProcessInstance pi) {
    reviewAll(pi);
    complete(BpmnAwareTests.task(pi), withVariables(PRESIDENT_DECISION, APPROVED));
    complete(BpmnAwareTests.task(pi), withVariables(GROUP_DECISION, APPROVED));
    assertThat(pi).isEnded().hasPassed(END_APPROVED);
  }

  @Test
  void thePresidentReturnsWithAReasonAndRegionOpsIsTold() {
    ProcessInstance pi = submit();
    reviewAll(pi);
    Assertions.assertThat(rejectedField(() -> complete(BpmnAwareTests.task(pi), withVariables(PRESIDENT_DECISION,
        RETURNED)))).isEqualTo(PRESIDENT_COMMENT);
    Assertions.assertThat(rejectedField(() -> complete(BpmnAwareTests.task(pi), withVariables(PRESIDENT_DECISION,
        RETURNED, PRESIDENT_COMMENT, 42)))).isEqualTo(PRESIDENT_COMMENT);
    complete(BpmnAwareTests.task(pi), withVariables(PRESIDENT_DECISION, RETURNED, PRESIDENT_COMMENT, "2029 年净利润偏低"));

    assertThat(pi).isEnded().hasPassed(END_RETURNED).hasNotPassed(TASK_GROUP);
    Assertions.assertThat(plan(pi).status()).isEqualTo(PlanStatus.RETURNED);
    Assertions.assertThat(plan(pi).decisionComment()).isEqualTo("2029 年净利润偏低");
    Assertions.assertThat(service.current(support.region.code())).isNull();
    Assertions.assertThat(support.notificationsTo(Groups.REGION_OPS)).extracting(Notification::body)
        .contains("区域总裁意见：2029 年净利润偏低");
    Assertions.assertThat(submit().getBusinessKey()).as("region-ops submits a new version").endsWith(":PLAN:v2");
  }

  @Test
  void groupOpsReturnsWithAReasonAfterThePresidentApproved() {
    ProcessInstance pi = submit();
    reviewAll(pi);
    complete(BpmnAwareTests.task(pi), withVariables(PRESIDENT_DECISION, APPROVED));
    Assertions.assertThat(rejectedField(() -> complete(BpmnAwareTests.task(pi), withVariables(GROUP_DECISION,
        RETURNED, GROUP_COMMENT, " ")))).isEqualTo(GROUP_COMMENT);
    complete(BpmnAwareTests.task(pi), withVariables(GROUP_DECISION, RETURNED, GROUP_COMMENT, "销售保底低于集团下达"));

    assertThat(pi).isEnded().hasPassed(TASK_GROUP, END_RETURNED).hasNotPassed(END_APPROVED);
    Assertions.assertThat(plan(pi).status()).isEqualTo(PlanStatus.RETURNED);
    Assertions.assertThat(plan(pi).decisionComment()).isEqualTo("销售保底低于集团下达");
    Assertions.assertThat(support.notificationsTo(Groups.REGION_OPS)).extracting(Notification::body)
        .contains("集团运营中心意见：销售保底低于集团下达");
  }

  @Test
  void anInstanceStartedAroundTheApiIsRefusedAndLeavesNothing() {
    Map<String, Object> variables = Map.of(REGION_CODE, support.region.code(), PLAN_ID, 987654L);
    InputRejectedException rejection = InputRejectedException.in(Assertions.catchThrowable(
        () -> engine.getRuntimeService().startProcessInstanceByKey(KEY, variables)));

    Assertions.assertThat(rejection).isNotNull();
    Assertions.assertThat(rejection.status()).isEqualTo(409);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isZero();
  }

  @Test
  void aYearOutsideTheHorizonIsRefusedNamingTheLineAndNothingIsWritten() {
    PerformancePlanRequest good = request();
    List<PerformancePlanRequest.Line> lines = new ArrayList<>(good.lines());
    lines.set(1, new PerformancePlanRequest.Line(2030, "NET_PROFIT", null, null, BigDecimal.ONE, BigDecimal.TEN));
    ApiException refused = (ApiException) Assertions.catchThrowable(() -> service.submit(ops, support.region.code(),
        new PerformancePlanRequest(2027, 3, lines)));

    Assertions.assertThat(refused.status().value()).isEqualTo(400);
    Assertions.assertThat(refused.problems().get(0).field()).isEqualTo("lines[1].year");
    Assertions.assertThat(service.list(support.region.code())).isEmpty();
  }

  static String conflict(Runnable call) {
    try {
      call.run();
    } catch (ApiException e) {
      Assertions.assertThat(e.status().value()).isEqualTo(409);
      return e.problems().get(0).field();
    }
    throw new AssertionError("no conflict");
  }
}
