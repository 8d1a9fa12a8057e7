package com.regionops.operating;

import static com.regionops.operating.TargetDecompositionProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.notification.Notification;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.platform.engine.ProcessInstances;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.InputRejectedException;
import com.regionops.support.Fixtures;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
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

/** target-decomposition with the shared function-review (the functions' step) on the H2 test database. */
@Deployment(resources = {"processes/target-decomposition.bpmn", "processes/function-review.bpmn",
    "dmn/target-deviation-grade.dmn"})
class TargetDecompositionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  ProcessEngine engine;
  ProcessTestSupport support;
  TargetMapper mapper;
  TargetService service;
  Project second;
  ApiUser ops;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(CHINA).toInstant()));
    support = new ProcessTestSupport(engine);
    second = Fixtures.project(support.session, support.region.code());
    mapper = support.session.getMapper(TargetMapper.class);
    ProjectMapper projects = support.session.getMapper(ProjectMapper.class);
    SystemCalls system = new SystemCalls(engine.getIdentityService());
    service = new TargetService(mapper, projects, engine.getRuntimeService(),
        new DeployedDecisions(engine.getRepositoryService(), system),
        new ProcessInstances(engine.getRuntimeService(), system));
    ops = new ApiUser("ops.test", Set.of(Groups.REGION_OPS), Set.of(support.region.code()));
    Mocks.register("targetService", service);
    Mocks.register("openDecompositionDelegate", new OpenDecompositionDelegate(service));
    FunctionReviews functionReviews = new FunctionReviews();
    Mocks.register("functionReviews", functionReviews);
    Mocks.register("openFunctionReviewListener", functionReviews.open());
    Mocks.register("recordFunctionReviewListener", functionReviews.record());
    Mocks.register("summarizeFunctionReviewsDelegate", functionReviews.summarize());
    Mocks.register("recordSplitReviewsDelegate", new RecordSplitReviewsDelegate(service));
    Mocks.register("checkDecompositionDecisionListener", new CheckDecompositionDecisionListener());
    Mocks.register("recordDecompositionDecisionDelegate",
        new RecordDecompositionDecisionDelegate(service, projects, support.notifications));
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  /** Every metric 1,200.00 for the region: 100.00 a month for the first project, nothing for the second. */
  TargetDecomposition draft() {
    Map<String, BigDecimal> region = new LinkedHashMap<>();
    List<TargetDecomposition.ProjectSplit> lines = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      region.put(metric.name(), new BigDecimal("1200.00"));
      lines.add(new TargetDecomposition.ProjectSplit(support.project.code(), metric.name(),
          Collections.nCopies(12, new BigDecimal("100.00"))));
    }
    return new TargetDecomposition(2027, region, lines);
  }

  ProcessInstance submit() {
    TargetVersion version = service.submit(ops, support.region.code(), draft());
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(version.processInstanceId()).singleResult();
  }

  /** The function's review task, in the function-review instance the decomposition called. */
  Task reviewOf(ProcessInstance pi, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskDefinitionKey(TASK_REVIEW_SPLIT).taskCandidateGroup(group).singleResult();
  }

  TargetVersion version(ProcessInstance pi) {
    return mapper.findVersionByProcess(pi.getId());
  }

  @Test
  void theThreeFunctionsReviewInParallelThenThePresidentApprovesAndTheVersionIsFrozen() {
    ProcessInstance pi = submit();

    Assertions.assertThat(pi.getBusinessKey()).isEqualTo(support.region.code() + ":2027:v1");
    assertThat(pi).isWaitingAt(CALL_REVIEW).calledProcessInstance(FunctionReviewProcess.KEY)
        .isWaitingAt(TASK_REVIEW_SPLIT);
    List<Task> reviews = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .list();
    Assertions.assertThat(reviews).hasSize(3).allSatisfy(t -> Assertions.assertThat(t.getDueDate())
        .isEqualTo(Date.from(LocalDateTime.of(2026, 12, 6, 9, 0).atZone(CHINA).toInstant())));
    Assertions.assertThat(version(pi).status()).isEqualTo(TargetVersionStatus.PENDING);
    Assertions.assertThat(version(pi).processInstanceId()).isEqualTo(pi.getId());

    Task marketing = reviewOf(pi, Groups.FN_MARKETING);
    Assertions.assertThat(rejectedField(() -> complete(marketing, withVariables(REVIEW_OUTCOME, COMMENTED))))
        .isEqualTo(REVIEW_COMMENT);
    Assertions.assertThat(rejectedField(() -> complete(marketing, withVariables(REVIEW_OUTCOME, "MAYBE"))))
        .isEqualTo(REVIEW_OUTCOME);
    // A completion naming another version or function changes nothing but its own review.
    complete(marketing, withVariables(REVIEW_OUTCOME, COMMENTED, REVIEW_COMMENT, "二季度供货偏紧",
        VERSION_ID, 999_999L, REVIEW_FUNCTION, "fn-finance"));
    Task finance = reviewOf(pi, Groups.FN_FINANCE);
    Assertions.assertThat(engine.getTaskService().getVariable(finance.getId(), REVIEW_COMMENT))
        .as("营销's comment is not in 财务's form").isNull();
    complete(finance, withVariables(REVIEW_OUTCOME, APPROVED));
    complete(reviewOf(pi, Groups.FN_INVESTMENT), withVariables(REVIEW_OUTCOME, APPROVED));

    assertThat(pi).isWaitingAt(TASK_APPROVE).task().hasCandidateGroup(Groups.REGION_PRESIDENT);
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), REVIEW_SUMMARY))
        .contains("fn-marketing：意见，二季度供货偏紧").contains("fn-finance：同意").contains("fn-investment：同意");
    complete(BpmnAwareTests.task(pi), withVariables(DECISION, APPROVED));

    assertThat(pi).isEnded().hasPassed(END_APPROVED);
    Assertions.assertThat(version(pi).status()).isEqualTo(TargetVersionStatus.APPROVED);
    Assertions.assertThat(mapper.findReviews(version(pi).id())).extracting(TargetReview::functionGroup)
        .containsExactly("fn-finance", "fn-investment", "fn-marketing");
    Assertions.assertThat(support.notificationsTo(support.officeGroup())).extracting(Notification::subject)
        .containsExactly(support.region.code() + " 2027 年经营目标分解 v1 已批准");
    Assertions.assertThat(support.notificationsTo(Groups.office(second.code()))).hasSize(1);
  }

  /** 回款 as the department decomposes it: stored with the version, in the reviewers' summary, 营销's, graded. */
  @Test
  void collectionIsStoredReviewedByMarketingAndGradedAsATargetToReach() {
    ProcessInstance pi = submit();
    long id = version(pi).id();

    Assertions.assertThat(service.regionTotals(id)).hasEntrySatisfying("COLLECTION",
        amount -> Assertions.assertThat(amount).isEqualByComparingTo("1200.00"));
    Assertions.assertThat(service.rows(id, null)).filteredOn(r -> r.metric() == Metric.COLLECTION).hasSize(12)
        .allSatisfy(r -> Assertions.assertThat(r.planAmount()).isEqualByComparingTo("100.00"));
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), SPLIT_SUMMARY))
        .contains("回款：区域目标 1,200.00 万元（" + support.project.code() + " 1,200.00）");
    Task marketing = reviewOf(pi, Groups.FN_MARKETING);
    Assertions.assertThat((String) engine.getTaskService().getVariable(marketing.getId(), FunctionReviewProcess.GUIDE))
        .contains("营销：销售、回款、供货");
    approveAll(pi);
    // 270 of the 300 planned for January–March: 90 %, nine months left
    for (int month = 1; month <= 3; month++) {
      mapper.insertActual(new ActualRow(support.project.code(), 2027, month, Metric.COLLECTION,
          new BigDecimal("90.00"), "ops.test"));
    }

    List<TargetGrade> grades = service.grades(support.region.code(), 2027, 3, null);

    Assertions.assertThat(grades).extracting(TargetGrade::metric).containsExactly(Metric.values());
    Assertions.assertThat(grades).filteredOn(g -> g.metric() == Metric.COLLECTION).singleElement().satisfies(g -> {
      Assertions.assertThat(g.ytdPlan()).isEqualByComparingTo("300.00");
      Assertions.assertThat(g.ytdActual()).isEqualByComparingTo("270.00");
      Assertions.assertThat(g.achievementPct()).isEqualByComparingTo("90.0");
      Assertions.assertThat(g.monthsRemaining()).isEqualTo(9);
      Assertions.assertThat(g.grade()).isEqualTo("YELLOW");
    });
  }

  /**
   * A version approved before 回款 was a target (as stored in production: no 回款 total, no 回款 rows) is read and
   * graded as it is, even once an office has entered 回款 actuals.
   */
  @Test
  void aVersionStoredWithoutCollectionIsReadAndGradedWithoutIt() {
    KeyedRow<TargetVersion> old = new KeyedRow<>(
        new TargetVersion(null, support.region.code(), 2027, 1, TargetVersionStatus.PENDING, null, "ops.test", null,
            null, null, null));
    mapper.insertVersion(old);
    long id = old.getId();
    List<TargetRow> rows = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      if (metric != Metric.COLLECTION) {
        mapper.insertRegionTotal(id, metric, new BigDecimal("1200.00"));
        for (int month = 1; month <= 12; month++) {
          rows.add(new TargetRow(support.project.code(), 2027, month, metric, new BigDecimal("100.00")));
        }
      }
    }
    mapper.insertRows(id, 1, rows);
    mapper.decide(id, TargetVersionStatus.APPROVED, "president.test", null);
    mapper.insertActual(new ActualRow(support.project.code(), 2027, 1, Metric.COLLECTION, new BigDecimal("50.00"),
        "ops.test"));
    mapper.insertActual(new ActualRow(support.project.code(), 2027, 1, Metric.SALES, new BigDecimal("100.00"),
        "ops.test"));

    Map<String, BigDecimal> totals = service.regionTotals(id);
    List<TargetGrade> grades = service.grades(support.region.code(), 2027, 1, null);

    Assertions.assertThat(totals).doesNotContainKey("COLLECTION").hasSize(Metric.values().length - 1);
    Assertions.assertThat(grades).extracting(TargetGrade::metric).doesNotContain(Metric.COLLECTION)
        .hasSize(Metric.values().length - 1);
    Assertions.assertThat(grades).filteredOn(g -> g.metric() == Metric.SALES).singleElement()
        .satisfies(g -> Assertions.assertThat(g.grade()).isEqualTo("GREEN"));
  }

  @Test
  void aNewVersionNeedsItsOwnApprovalAndThenSupersedesTheOld() {
    ProcessInstance first = submit();
    approveAll(first);
    ProcessInstance second = submit();
    Assertions.assertThat(second.getBusinessKey()).endsWith(":2027:v2");
    Assertions.assertThat(service.approved(support.region.code(), 2027).versionNo()).as("v1 holds until v2 is approved")
        .isEqualTo(1);
    Assertions.assertThat(catchConflict(this::submit)).as("one version under review at a time").isEqualTo("year");

    approveAll(second);

    Assertions.assertThat(service.versions(support.region.code(), 2027)).extracting(TargetVersion::status)
        .containsExactly(TargetVersionStatus.SUPERSEDED, TargetVersionStatus.APPROVED);
  }

  static String catchConflict(Runnable call) {
    try {
      call.run();
    } catch (com.regionops.platform.web.ApiException e) {
      Assertions.assertThat(e.status().value()).isEqualTo(409);
      return e.problems().get(0).field();
    }
    throw new AssertionError("no conflict");
  }

  void approveAll(ProcessInstance pi) {
    for (String group : List.of(Groups.FN_MARKETING, Groups.FN_FINANCE, Groups.FN_INVESTMENT)) {
      complete(reviewOf(pi, group), withVariables(REVIEW_OUTCOME, APPROVED));
    }
    complete(BpmnAwareTests.task(pi), withVariables(DECISION, APPROVED));
    assertThat(pi).isEnded().hasPassed(END_APPROVED);
  }

  @Test
  void thePresidentRejectsWithAReasonAndRegionOpsIsTold() {
    ProcessInstance pi = submit();
    for (String group : List.of(Groups.FN_MARKETING, Groups.FN_FINANCE, Groups.FN_INVESTMENT)) {
      complete(reviewOf(pi, group), withVariables(REVIEW_OUTCOME, APPROVED));
    }
    Assertions.assertThat(rejectedField(() -> complete(BpmnAwareTests.task(pi), withVariables(DECISION, REJECTED))))
        .isEqualTo(DECISION_COMMENT);
    Assertions.assertThat(rejectedField(() -> complete(BpmnAwareTests.task(pi), withVariables(DECISION, "OK"))))
        .isEqualTo(DECISION);
    complete(BpmnAwareTests.task(pi), withVariables(DECISION, REJECTED, DECISION_COMMENT, "净利润目标偏低，请调整"));

    assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(END_APPROVED);
    Assertions.assertThat(version(pi).status()).isEqualTo(TargetVersionStatus.REJECTED);
    Assertions.assertThat(version(pi).decisionComment()).isEqualTo("净利润目标偏低，请调整");
    Assertions.assertThat(service.approved(support.region.code(), 2027)).isNull();
    Assertions.assertThat(support.notificationsTo(Groups.REGION_OPS)).extracting(Notification::subject)
        .contains(support.region.code() + " 2027 年经营目标分解 v1 已退回");
  }

  @Test
  void anInstanceStartedAroundTheApiIsRefusedAndLeavesNothing() {
    Map<String, Object> variables = Map.of(REGION_CODE, support.region.code(), VERSION_ID, 987654L);
    InputRejectedException rejection = InputRejectedException.in(org.assertj.core.api.Assertions.catchThrowable(
        () -> engine.getRuntimeService().startProcessInstanceByKey(KEY, variables)));

    Assertions.assertThat(rejection).isNotNull();
    Assertions.assertThat(rejection.status()).isEqualTo(409);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isZero();
  }

  @Test
  void aVersionWhoseApprovalWasCancelledInCockpitIsWithdrawnByTheNextSubmission() {
    ProcessInstance first = submit();
    engine.getRuntimeService().deleteProcessInstance(first.getId(), "cancelled in Cockpit");

    ProcessInstance second = submit();

    Assertions.assertThat(second.getBusinessKey()).endsWith(":2027:v2");
    Assertions.assertThat(service.versions(support.region.code(), 2027)).extracting(TargetVersion::status)
        .containsExactly(TargetVersionStatus.WITHDRAWN, TargetVersionStatus.PENDING);
  }

  @Test
  void aNumberForTheCommentIsRefusedNamingIt() {
    ProcessInstance pi = submit();
    Assertions.assertThat(rejectedField(() -> complete(reviewOf(pi, Groups.FN_FINANCE),
        withVariables(REVIEW_OUTCOME, COMMENTED, REVIEW_COMMENT, 42)))).isEqualTo(REVIEW_COMMENT);
    for (String group : List.of(Groups.FN_MARKETING, Groups.FN_FINANCE, Groups.FN_INVESTMENT)) {
      complete(reviewOf(pi, group), withVariables(REVIEW_OUTCOME, APPROVED));
    }
    Assertions.assertThat(rejectedField(() -> complete(BpmnAwareTests.task(pi),
        withVariables(DECISION, APPROVED, DECISION_COMMENT, 7)))).isEqualTo(DECISION_COMMENT);
  }
}
