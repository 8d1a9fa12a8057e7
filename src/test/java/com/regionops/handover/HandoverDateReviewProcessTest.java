package com.regionops.handover;

import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.meeting.CheckReviewListener;
import com.regionops.meeting.ClearReviewListener;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.notification.Notification;
import com.regionops.org.RegionMapper;
import com.regionops.plan.ApprovalChain;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanAdjustmentMapper;
import com.regionops.plan.PlanAdjustmentService;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.Groups;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
 * handover-date-review with the real service and the deployed handover-date-check on the H2 test database, every
 * path: REFUSED by the table; OK approved or returned by region-ops; CONDITIONAL approved or refused by the president.
 * And what an approved date does to a plan adjustment that pushes the handover (plan-adjustment-approval).
 */
@Deployment(resources = {"processes/handover-date-review.bpmn", "forms/review-handover-date.form",
    "forms/approve-handover-date.form", "dmn/handover-date-check.dmn", "dmn/plan-adjustment-approval.dmn"})
class HandoverDateReviewProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  /** The latest planned finish of the HANDOVER nodes (集中交付). */
  static final LocalDate PLANNED = LocalDate.of(2027, 6, 30);

  ProcessEngine engine;
  ProcessTestSupport support;
  HandoverService handover;
  HandoverMapper mapper;
  HandoverContracts contracts;
  PlanNodeMapper nodes;
  ApiUser office;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2026, 12, 1, 10, 0)));
    support = new ProcessTestSupport(engine);
    mapper = support.session.getMapper(HandoverMapper.class);
    nodes = support.session.getMapper(PlanNodeMapper.class);
    String p = support.project.code();
    nodes.insert(node(p, "L210", "分户验收", NodeLevel.L2, NodeCategory.HANDOVER, PLANNED.minusDays(60), PLANNED.minusDays(20)));
    nodes.insert(node(p, "M11", "集中交付", NodeLevel.MILESTONE, NodeCategory.HANDOVER, PLANNED.minusDays(30), PLANNED));
    nodes.insert(node(p, "L301", "园林施工", NodeLevel.L3, NodeCategory.CONSTRUCTION, PLANNED.minusDays(90),
        PLANNED.minusDays(40)));
    nodes.insertDependency(nodes.findByCode(p, "L301").id(), nodes.findByCode(p, "M11").id(), 11);
    SystemCalls system = new SystemCalls(engine.getIdentityService());
    contracts = new HandoverContracts(mapper, new DeployedDecisions(engine.getRepositoryService(), system));
    handover = new HandoverService(mapper, contracts, support.session.getMapper(com.regionops.org.ProjectMapper.class),
        support.session.getMapper(RegionMapper.class), nodes, support.notifications, engine.getRuntimeService(), system);
    HandoverSteps steps = new HandoverSteps();
    Mocks.register("handoverCheck", steps.handoverCheck());
    Mocks.register("recordHandoverCheckListener", steps.recordCheck(handover));
    Mocks.register("noteHandoverDeciderListener", steps.noteDecider());
    Mocks.register("recordRefusalDelegate", steps.recordRefusal(handover));
    Mocks.register("recordReturnDelegate", steps.recordReturn(handover));
    Mocks.register("saveHandoverDateDelegate", steps.saveHandoverDate(handover));
    Mocks.register("checkReviewListener", new CheckReviewListener());
    Mocks.register("clearReviewListener", new ClearReviewListener());
    office = new ApiUser("office.test", Set.of(Groups.PROJECT_OFFICE, support.officeGroup()),
        Set.of(support.region.code()));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  static PlanNode node(String project, String code, String name, NodeLevel level, NodeCategory category,
      LocalDate start, LocalDate finish) {
    return new PlanNode(null, project, code, name, level, category, null, start, finish, start, finish, null, null, 0);
  }

  HandoverReview submit(int marginDays) {
    return handover.submit(office, support.project.code(), new HandoverRequest(PLANNED.plusDays(marginDays).toString(),
        "广州精装工程有限公司", PLANNED.plusDays(marginDays).minusDays(10).toString(), "穗房预售字第 2026-001 号", "首批 2 栋"));
  }

  ProcessInstance instance(HandoverReview review) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(review.processInstanceId())
        .singleResult();
  }

  Task task(HandoverReview review, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(review.processInstanceId())
        .taskDefinitionKey(key).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
  }

  void completeAs(String user, Task task, Object... variables) {
    java.util.Map<String, Object> values = new java.util.HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    engine.getIdentityService().setAuthentication(user, List.of(), List.of(support.region.code()));
    try {
      complete(task, values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  List<String> officeSubjects() {
    return support.notificationsTo(support.officeGroup()).stream().map(Notification::subject).toList();
  }

  @Test
  void aMarginUnderTheResidentialMinimumIsRefusedByTheTableWithItsReason() {
    HandoverReview review = submit(29);

    Assertions.assertThat(review.status()).isEqualTo(ReviewStatus.REFUSED);
    Assertions.assertThat(review.result()).isEqualTo(HandoverProcess.REFUSED);
    Assertions.assertThat(review.reason()).contains("不足 30 天");
    Assertions.assertThat(review.marginDays()).isEqualTo(29);
    Assertions.assertThat(review.bufferDays()).isEqualTo(60);
    Assertions.assertThat(review.comment()).isEqualTo(review.reason());
    Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(review.processInstanceId()).singleResult().getEndActivityId())
        .isEqualTo(HandoverProcess.END_REFUSED);
    Assertions.assertThat(officeSubjects()).anyMatch(s -> s.startsWith("合同交楼时间审核不通过"));
    Assertions.assertThat(mapper.findContract(support.project.code()).contractHandoverDate()).isNull();
    Assertions.assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(HandoverProcess.DECISION_KEY).count()).as("the engine's decision, in history")
        .isEqualTo(1);
  }

  @Test
  void anOkMarginApprovedByRegionOpsIsStoredOnTheProject() {
    HandoverReview review = submit(60);
    ProcessInstance pi = instance(review);
    assertThat(pi).isWaitingAt(HandoverProcess.TASK_REVIEW);
    Assertions.assertThat(review.status()).isEqualTo(ReviewStatus.IN_REVIEW);
    Assertions.assertThat(review.result()).isEqualTo(HandoverProcess.OK);
    Task reviewTask = task(review, HandoverProcess.TASK_REVIEW);
    Assertions.assertThat(candidateGroups(reviewTask)).containsExactly(Groups.REGION_OPS);
    Assertions.assertThat(reviewTask.getTenantId()).isEqualTo(support.region.code());
    Assertions.assertThat(engine.getRuntimeService().getVariables(pi.getId()))
        .containsEntry(HandoverProcess.MARGIN_DAYS, 60).containsEntry(HandoverProcess.BUFFER_DAYS, 60)
        .containsEntry(HandoverProcess.PLANNED_HANDOVER, PLANNED.toString())
        .containsEntry(HandoverProcess.CHECK_RESULT_NAME, "通过（余量充足）");
    Assertions.assertThat(rejectedField(() -> complete(reviewTask))).isEqualTo(HandoverProcess.REVIEW);
    Assertions.assertThat(Assertions.catchThrowable(() -> submit(90))).isInstanceOf(ApiException.class)
        .hasMessageContaining("已有审核中");

    completeAs("ops.test", reviewTask, HandoverProcess.REVIEW, ReviewMeetingProcess.APPROVED);

    assertThat(pi).isEnded().hasPassed(HandoverProcess.TASK_SAVE, HandoverProcess.END_APPROVED)
        .hasNotPassed(HandoverProcess.TASK_APPROVE);
    HandoverReview done = mapper.findById(review.id());
    Assertions.assertThat(done.status()).isEqualTo(ReviewStatus.APPROVED);
    Assertions.assertThat(done.decidedBy()).isEqualTo("ops.test");
    HandoverMapper.ProjectContract contract = mapper.findContract(support.project.code());
    Assertions.assertThat(contract.contractHandoverDate()).isEqualTo(PLANNED.plusDays(60));
    Assertions.assertThat(contract.decorationCompletionDate()).isEqualTo(PLANNED.plusDays(50));
    Assertions.assertThat(contract.decorationContractor()).isEqualTo("广州精装工程有限公司");
    Assertions.assertThat(contract.contractHandoverApprovedAt()).isNotNull();
    Assertions.assertThat(officeSubjects()).anyMatch(s -> s.startsWith("合同交楼时间已批准"));
    HandoverService.Margin margin = handover.reviews(office, support.project.code()).current();
    Assertions.assertThat(margin.marginDays()).isEqualTo(60);
    Assertions.assertThat(margin.colour()).isEqualTo(HandoverService.Colour.GREEN);
  }

  @Test
  void anOkMarginReturnedByRegionOpsEndsWithTheCommentAndANewReviewMayFollow() {
    HandoverReview review = submit(75);
    Task reviewTask = task(review, HandoverProcess.TASK_REVIEW);
    Assertions.assertThat(rejectedField(() -> complete(reviewTask, withVariables(HandoverProcess.REVIEW,
        ReviewMeetingProcess.RETURNED)))).isEqualTo(HandoverProcess.REVIEW_COMMENT);

    completeAs("ops.test", reviewTask, HandoverProcess.REVIEW, ReviewMeetingProcess.RETURNED,
        HandoverProcess.REVIEW_COMMENT, "装修完工日期与交楼间隔过短，请复核");

    assertThat(instance(review)).isNull();
    HandoverReview done = mapper.findById(review.id());
    Assertions.assertThat(done.status()).isEqualTo(ReviewStatus.RETURNED);
    Assertions.assertThat(done.comment()).isEqualTo("装修完工日期与交楼间隔过短，请复核");
    Assertions.assertThat(done.decidedBy()).isEqualTo("ops.test");
    Assertions.assertThat(mapper.findContract(support.project.code()).contractHandoverDate()).isNull();
    Assertions.assertThat(officeSubjects()).anyMatch(s -> s.startsWith("合同交楼时间已退回"));
    Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(review.processInstanceId()).singleResult().getEndActivityId())
        .isEqualTo(HandoverProcess.END_RETURNED);

    Assertions.assertThat(submit(80).status()).as("the office submits again").isEqualTo(ReviewStatus.IN_REVIEW);
  }

  @Test
  void aConditionalMarginNeedsThePresidentAfterRegionOps() {
    HandoverReview review = submit(45);
    Assertions.assertThat(review.result()).isEqualTo(HandoverProcess.CONDITIONAL);
    completeAs("ops.test", task(review, HandoverProcess.TASK_REVIEW), HandoverProcess.REVIEW,
        ReviewMeetingProcess.APPROVED, HandoverProcess.REVIEW_COMMENT, "同意，注意交付准备");

    Task approval = task(review, HandoverProcess.TASK_APPROVE);
    Assertions.assertThat(candidateGroups(approval)).containsExactly(Groups.REGION_PRESIDENT);
    Assertions.assertThat(rejectedField(() -> complete(approval))).isEqualTo(HandoverProcess.APPROVAL);
    completeAs("president.test", approval, HandoverProcess.APPROVAL, ReviewMeetingProcess.APPROVED);

    assertThat(instance(review)).isNull();
    HandoverReview done = mapper.findById(review.id());
    Assertions.assertThat(done.status()).isEqualTo(ReviewStatus.APPROVED);
    Assertions.assertThat(done.decidedBy()).isEqualTo("president.test");
    Assertions.assertThat(mapper.findContract(support.project.code()).contractHandoverDate())
        .isEqualTo(PLANNED.plusDays(45));
    HandoverService.Margin margin = handover.reviews(office, support.project.code()).current();
    Assertions.assertThat(margin.colour()).as("inside the buffer").isEqualTo(HandoverService.Colour.AMBER);
  }

  @Test
  void aConditionalMarginThePresidentRefusesIsReturnedWithTheReason() {
    HandoverReview review = submit(30);
    completeAs("ops.test", task(review, HandoverProcess.TASK_REVIEW), HandoverProcess.REVIEW,
        ReviewMeetingProcess.APPROVED);
    Task approval = task(review, HandoverProcess.TASK_APPROVE);
    Assertions.assertThat(rejectedField(() -> complete(approval, withVariables(HandoverProcess.APPROVAL,
        ReviewMeetingProcess.RETURNED)))).isEqualTo(HandoverProcess.APPROVAL_COMMENT);
    completeAs("president.test", approval, HandoverProcess.APPROVAL, ReviewMeetingProcess.RETURNED,
        HandoverProcess.APPROVAL_COMMENT, "余量过小，合同交楼日期再后延 30 天");

    assertThat(instance(review)).isNull();
    HandoverReview done = mapper.findById(review.id());
    Assertions.assertThat(done.status()).isEqualTo(ReviewStatus.RETURNED);
    Assertions.assertThat(done.decidedBy()).isEqualTo("president.test");
    Assertions.assertThat(done.comment()).isEqualTo("余量过小，合同交楼日期再后延 30 天");
    Assertions.assertThat(mapper.findContract(support.project.code()).contractHandoverDate()).isNull();
  }

  @Test
  void badInputNamesTheFieldAndStartsNothing() {
    String p = support.project.code();
    Assertions.assertThat(field(() -> handover.submit(office, p, new HandoverRequest(
        PLANNED.minusDays(1).toString(), null, null, null, null)))).isEqualTo(HandoverProcess.CONTRACT_HANDOVER);
    Assertions.assertThat(field(() -> handover.submit(office, p, new HandoverRequest(null, null, null, null, null))))
        .isEqualTo(HandoverProcess.CONTRACT_HANDOVER);
    Assertions.assertThat(field(() -> handover.submit(office, p, new HandoverRequest("2027-13-45", null, null, null,
        null)))).isEqualTo(HandoverProcess.CONTRACT_HANDOVER);
    Assertions.assertThat(field(() -> handover.submit(office, p, new HandoverRequest(PLANNED.plusDays(90).toString(),
        "精装公司", PLANNED.plusDays(91).toString(), null, null)))).isEqualTo(HandoverProcess.DECORATION_COMPLETION);
    Assertions.assertThat(field(() -> handover.submit(office, p, new HandoverRequest(PLANNED.plusDays(90).toString(),
        "精装公司", "2026-11-30", null, null)))).as("before today").isEqualTo(HandoverProcess.DECORATION_COMPLETION);
    Assertions.assertThat(field(() -> handover.submit(office, p, new HandoverRequest(PLANNED.plusDays(90).toString(),
        "精装公司", null, null, null)))).isEqualTo(HandoverProcess.DECORATION_COMPLETION);
    Assertions.assertThat(mapper.findByProject(p)).isEmpty();
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(HandoverProcess.KEY).count()).isZero();
  }

  static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = Assertions.catchThrowable(call);
    Assertions.assertThat(thrown).isInstanceOf(ApiException.class);
    ApiException e = (ApiException) thrown;
    Assertions.assertThat(e.status().value()).isEqualTo(400);
    return e.problems().get(0).field();
  }

  @Test
  void aPlanAdjustmentPushingTheHandoverInsideTheBufferOfAnApprovedDateGoesToGroupOps() {
    String p = support.project.code();
    PlanAdjustmentService adjustments = new PlanAdjustmentService(nodes,
        support.session.getMapper(PlanAdjustmentMapper.class),
        new DeployedDecisions(engine.getRepositoryService(), new SystemCalls(engine.getIdentityService())),
        new ApprovalChain(), contracts, com.regionops.plan.PartnerRules.NONE);
    // without a contract date: an L3 push of 5 days (as many onto 集中交付) is region-ops' and the president's
    PlanAdjustmentService.Proposal before = adjustments.propose(p, "L301", PLANNED.minusDays(35).toString(), "园林苗木供应延误五天，需顺延工期");
    Assertions.assertThat(before.contractMarginDays()).isNull();
    Assertions.assertThat(before.approverChain()).doesNotContain(Groups.GROUP_OPS);

    mapper.approveOnProject(p, PLANNED.plusDays(64), LocalDateTime.of(2026, 11, 1, 10, 0), null, null);
    // 集中交付 pushed 5 days: 59 days left, under 住宅's 60
    PlanAdjustmentService.Proposal inside = adjustments.propose(p, "L301", PLANNED.minusDays(35).toString(), "园林苗木供应延误五天，需顺延工期");
    Assertions.assertThat(inside.contractMarginDays()).isEqualTo(59);
    Assertions.assertThat(inside.handoverBufferDays()).isEqualTo(60);
    Assertions.assertThat(inside.approverChain()).containsExactly(Groups.REGION_OPS, Groups.REGION_PRESIDENT,
        Groups.GROUP_OPS);
    Assertions.assertThat(PlanAdjustmentService.summary(inside)).contains("合同交楼日期 59 天");
    // 4 days onto 集中交付: 60 left, the buffer exactly
    PlanAdjustmentService.Proposal boundary = adjustments.propose(p, "L301", PLANNED.minusDays(36).toString(), "园林苗木供应延误四天，需顺延工期");
    Assertions.assertThat(boundary.contractMarginDays()).isEqualTo(60);
    Assertions.assertThat(boundary.approverChain()).doesNotContain(Groups.GROUP_OPS);
    // the earlier 分户验收 moves without moving the planned handover: not concerned
    PlanAdjustmentService.Proposal notTheLatest = adjustments.propose(p, "L210", PLANNED.minusDays(5).toString(), "分户验收顺延十五天，需调整计划");
    Assertions.assertThat(notTheLatest.contractMarginDays()).isNull();
    Assertions.assertThat(notTheLatest.approverChain()).doesNotContain(Groups.GROUP_OPS);
    // an earlier handover leaves more room
    PlanAdjustmentService.Proposal earlier = adjustments.propose(p, "M11", PLANNED.minusDays(10).toString(), "集中交付提前十天完成，调整计划");
    Assertions.assertThat(earlier.contractMarginDays()).isNull();
  }
}
