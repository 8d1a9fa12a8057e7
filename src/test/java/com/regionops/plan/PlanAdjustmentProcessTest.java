package com.regionops.plan;

import static com.regionops.plan.PlanAdjustmentProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.tuple;

import com.regionops.notification.Notification;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.security.SystemCalls;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/plan-adjustment.bpmn", "dmn/plan-adjustment-approval.dmn"})
class PlanAdjustmentProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final LocalDate D = LocalDate.of(2027, 3, 1);

  ProcessEngine engine;
  ProcessTestSupport support;
  PlanNodeMapper nodes;
  PlanAdjustmentService service;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 10, 9, 0)));
    support = new ProcessTestSupport(engine);
    nodes = support.session.getMapper(PlanNodeMapper.class);
    String p = support.project.code();
    // A (L1) → B (L2, no slack) → M (首次开盘, MILESTONE OPENING); S: a lone L3 node
    nodes.insert(node(p, "A", NodeLevel.L1, NodeCategory.CONSTRUCTION, 0, 20));
    nodes.insert(node(p, "B", NodeLevel.L2, NodeCategory.SUPPLY, 20, 40));
    nodes.insert(node(p, "M", NodeLevel.MILESTONE, NodeCategory.OPENING, 40, 40));
    nodes.insert(node(p, "S", NodeLevel.L3, NodeCategory.OTHER, 0, 30));
    nodes.insertDependency(nodes.findByCode(p, "A").id(), nodes.findByCode(p, "B").id(), 0);
    nodes.insertDependency(nodes.findByCode(p, "B").id(), nodes.findByCode(p, "M").id(), 0);
    ApprovalChain chain = new ApprovalChain();
    service = new PlanAdjustmentService(nodes, support.session.getMapper(PlanAdjustmentMapper.class),
        new DeployedDecisions(engine.getRepositoryService(), new SystemCalls(engine.getIdentityService())), chain);
    Mocks.register("approvalChain", chain);
    Mocks.register("approvalDeadlines", new ApprovalDeadlines(3));
    Mocks.register("openAdjustmentDelegate", new OpenAdjustmentDelegate(service));
    Mocks.register("recordApprovalListener", new RecordApprovalListener(service, chain));
    Mocks.register("applyAdjustmentDelegate", new ApplyAdjustmentDelegate(service));
    Mocks.register("rejectAdjustmentDelegate", new RejectAdjustmentDelegate(service, support.notifications));
    Mocks.register("remindApproverDelegate", new RemindApproverDelegate(support.notifications));
    Mocks.register("escalateApprovalDelegate", new EscalateApprovalDelegate(service, chain, support.notifications));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  static PlanNode node(String project, String code, NodeLevel level, NodeCategory category, int start, int finish) {
    return new PlanNode(null, project, code, "节点" + code, level, category, null, D.plusDays(start),
        D.plusDays(finish), D.plusDays(start), D.plusDays(finish), null, null, 0);
  }

  ProcessInstance request(String nodeCode, LocalDate newFinish) {
    engine.getIdentityService().setAuthentication("office.test", List.of("project-office", support.officeGroup()),
        List.of(support.region.code()));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(PROJECT_CODE, support.project.code(),
          NODE_CODE, nodeCode, NEW_PLANNED_FINISH, newFinish.toString(), REASON, "总包单位进场延误，需顺延工期"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void decide(ProcessInstance pi, String group, String decision) {
    Assertions.assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(TASK_APPROVE);
    assertThat(task(pi)).hasCandidateGroup(group);
    complete(task(pi), withVariables(APPROVAL_DECISION, decision, APPROVAL_COMMENT, "意见：" + decision));
  }

  LocalDate plannedFinish(String code) {
    return nodes.findByCode(support.project.code(), code).plannedFinish();
  }

  long adjustmentId(ProcessInstance pi) {
    return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(ADJUSTMENT_ID).singleResult().getValue();
  }

  @Test
  void smallDelayOfALoneL3NodeNeedsRegionOpsOnly() {
    ProcessInstance pi = request("S", D.plusDays(35));
    Assertions.assertThat(pi.getBusinessKey()).startsWith(support.project.code() + ":S:ADJ-");
    Assertions.assertThat(task(pi).getDueDate()).isEqualTo(at(LocalDateTime.of(2027, 1, 13, 9, 0)));
    Assertions.assertThat(engine.getRuntimeService().getVariables(pi.getId()))
        .as("our own project: the decision's 操盘方式, no partner's approval")
        .containsEntry(OPERATING_MODE, "INDEPENDENT").doesNotContainKey(PARTNER_APPROVAL)
        .as("what only the decision reads is transient").doesNotContainKeys(NODE_LEVEL, CATEGORY,
            ADJUSTMENTS_THIS_YEAR, CONTRACT_MARGIN_DAYS, HANDOVER_BUFFER_DAYS, "applicant");
    Assertions.assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
        .includeInputs().singleResult().getInputs()).as("the decision's history keeps their values")
        .extracting(HistoricDecisionInputInstance::getTypeName, HistoricDecisionInputInstance::getValue)
        .contains(tuple("string", "L3"), tuple("string", "OTHER"), tuple("integer", 0), tuple("null", null));

    decide(pi, "region-ops", APPROVED);

    assertThat(pi).isEnded().hasPassed(END_APPLIED);
    Assertions.assertThat(plannedFinish("S")).isEqualTo(D.plusDays(35));
    PlanAdjustment adjustment = service.adjustment(adjustmentId(pi));
    Assertions.assertThat(adjustment.status()).isEqualTo(AdjustmentStatus.APPROVED);
    Assertions.assertThat(adjustment.requestedBy()).isEqualTo("office.test");
    Assertions.assertThat(adjustment.approverChain()).isEqualTo("region-ops");
    Assertions.assertThat(service.approvals(adjustment.id())).hasSize(1);
  }

  @Test
  void l1DelayPushingTheOpeningMilestoneGoesUpToGroupOpsAndMovesTheWholeChain() {
    ProcessInstance pi = request("A", D.plusDays(60));
    Assertions.assertThat(engine.getRuntimeService().getVariables(pi.getId())).containsEntry(DELAY_DAYS, 40)
        .containsEntry(MILESTONE_IMPACT_DAYS, 40)
        .containsEntry(APPROVER_CHAIN, "region-ops,region-president,group-ops")
        .doesNotContainKey(APPROVER_HITS);
    Assertions.assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(pi.getId()).list())
        .as("no object variable: nothing to serialise at the start or read back at each step")
        .allSatisfy(v -> Assertions.assertThat(v.getTypeName()).isNotEqualTo("object"));

    decide(pi, "region-ops", APPROVED);
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), APPROVAL_DECISION))
        .as("the next approver starts blank").isNull();
    decide(pi, "region-president", APPROVED);
    decide(pi, "group-ops", APPROVED);

    assertThat(pi).isEnded().hasPassed(END_APPLIED);
    Assertions.assertThat(plannedFinish("A")).isEqualTo(D.plusDays(60));
    Assertions.assertThat(plannedFinish("B")).isEqualTo(D.plusDays(80));
    Assertions.assertThat(plannedFinish("M")).isEqualTo(D.plusDays(80));
    Assertions.assertThat(nodes.findByCode(support.project.code(), "M").baselineFinish()).isEqualTo(D.plusDays(40));
    Assertions.assertThat(service.approvals(adjustmentId(pi))).extracting(AdjustmentApproval::approverGroup)
        .containsExactly("region-ops", "region-president", "group-ops");
  }

  @Test
  void rejectionAtTheSecondStepEndsTheRequestAndTellsTheApplicant() {
    ProcessInstance pi = request("A", D.plusDays(60));

    decide(pi, "region-ops", APPROVED);
    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(APPROVAL_DECISION, REJECTED))))
        .isEqualTo(APPROVAL_COMMENT);
    decide(pi, "region-president", REJECTED);

    assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(END_APPLIED);
    Assertions.assertThat(service.adjustment(adjustmentId(pi)).status()).isEqualTo(AdjustmentStatus.REJECTED);
    Assertions.assertThat(plannedFinish("A")).isEqualTo(D.plusDays(20));
    Assertions.assertThat(support.notificationsTo("office.test")).extracting(Notification::subject)
        .containsExactly("计划调整被驳回：节点A");
  }

  @Test
  void overdueStepRemindsTheApproverThenTellsTheNextLevel() {
    ProcessInstance pi = request("A", D.plusDays(60));

    Job reminder = timer(pi, TIMER_SLA);
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 13, 9, 0)));
    Assertions.assertThat(timer(pi, TIMER_ESCALATION)).as("a step answered in time never has the escalation's timer")
        .isNull();
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 13, 9, 1)));
    execute(reminder);
    Job escalation = timer(pi, TIMER_ESCALATION);
    Assertions.assertThat(escalation.getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 15, 9, 1)));
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 15, 9, 2)));
    execute(escalation);

    Assertions.assertThat(support.notificationsTo("region-ops")).extracting(Notification::subject)
        .containsExactly("计划调整待审批已超时：节点A");
    Assertions.assertThat(support.notificationsTo("region-president")).extracting(Notification::subject)
        .containsExactly("计划调整审批超时未处理：节点A");
    assertThat(task(pi)).hasCandidateGroup("region-ops");
  }

  @Test
  void anAnswerAfterTheReminderCancelsTheWaitingEscalationAndTheNextStepStartsWithOneTimer() {
    ProcessInstance pi = request("A", D.plusDays(60));
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 13, 9, 1)));
    execute(timer(pi, TIMER_SLA));
    Assertions.assertThat(timer(pi, TIMER_ESCALATION)).isNotNull();

    decide(pi, "region-ops", APPROVED);

    assertThat(pi).hasPassed(END_STEP);
    assertThat(task(pi)).hasCandidateGroup("region-president");
    Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).list())
        .extracting(Job::getDuedate).as("the new step's reminder alone")
        .containsExactly(at(LocalDateTime.of(2027, 1, 16, 9, 1)));
    decide(pi, "region-president", APPROVED);
    decide(pi, "group-ops", APPROVED);
    assertThat(pi).isEnded().hasPassed(END_APPLIED);
  }

  @Test
  void anApproverCannotShortenTheChainOrSkipAStep() {
    ProcessInstance pi = request("A", D.plusDays(60));
    long id = adjustmentId(pi);

    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(APPROVAL_DECISION, APPROVED,
        APPROVER_CHAIN, "region-ops")))).isEqualTo(APPROVER_CHAIN);
    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(APPROVAL_DECISION, APPROVED,
        NR_OF_INSTANCES, 1)))).isEqualTo(NR_OF_INSTANCES);
    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(APPROVAL_DECISION, APPROVED,
        LOOP_COUNTER, 2)))).isEqualTo(LOOP_COUNTER);
    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(APPROVAL_DECISION, APPROVED,
        APPROVER_GROUP, "group-ops")))).isEqualTo(APPROVER_GROUP);

    assertThat(task(pi)).hasCandidateGroup("region-ops");
    Assertions.assertThat(service.approvals(id)).as("a refused completion leaves no answer").isEmpty();
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), APPROVER_CHAIN))
        .isEqualTo("region-ops,region-president,group-ops");
    decide(pi, "region-ops", APPROVED);
    decide(pi, "region-president", APPROVED);
    decide(pi, "group-ops", APPROVED);
    assertThat(pi).isEnded().hasPassed(END_APPLIED);
  }

  @Test
  void theRequestRowNotTheVariablesSaysWhichRequestIsAppliedAndWhoHearsOfIt() {
    ProcessInstance other = request("S", D.plusDays(35));
    ProcessInstance pi = request("A", D.plusDays(60));
    // an approver rewrites the variables the delegates used to trust
    engine.getRuntimeService().setVariable(pi.getId(), ADJUSTMENT_ID, adjustmentId(other));
    engine.getRuntimeService().setVariable(pi.getId(), APPROVER_CHAIN, "region-ops,group-ops");

    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 13, 9, 1)));
    execute(timer(pi, TIMER_SLA));
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 15, 9, 2)));
    execute(timer(pi, TIMER_ESCALATION));
    Assertions.assertThat(support.notificationsTo("region-president")).extracting(Notification::subject)
        .as("the stored chain's next level, not the variable's").containsExactly("计划调整审批超时未处理：节点A");
    Assertions.assertThat(support.notificationsTo("group-ops")).isEmpty();

    engine.getRuntimeService().setVariable(pi.getId(), APPROVER_CHAIN, "region-ops,region-president,group-ops");
    decide(pi, "region-ops", REJECTED);

    Assertions.assertThat(service.byProcessInstance(pi.getId()).status()).isEqualTo(AdjustmentStatus.REJECTED);
    Assertions.assertThat(service.byProcessInstance(other.getId()).status()).isEqualTo(AdjustmentStatus.PENDING);
    Assertions.assertThat(support.notificationsTo("office.test")).extracting(Notification::subject)
        .containsExactly("计划调整被驳回：节点A");
    Assertions.assertThat(support.notificationsTo("someone.else")).isEmpty();
  }

  @Test
  @Deployment(resources = {"legacy/plan-adjustment-before-approver-chain.bpmn", "dmn/plan-adjustment-approval.dmn"})
  void anInstanceOfTheEarlierDefinitionStillRunsToTheEnd() {
    // the definition deployed before approverChain: the chain is the JSON list approverHits and the
    // timers read approvalSla / approvalEscalation, which its instances got from the delegate then
    engine.getIdentityService().setAuthentication("office.test", List.of("project-office", support.officeGroup()),
        List.of(support.region.code()));
    ProcessInstance pi;
    try {
      pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, withVariables(PROJECT_CODE,
          support.project.code(), NODE_CODE, "A", NEW_PLANNED_FINISH, D.plusDays(60).toString(), REASON,
          "总包单位进场延误，需顺延工期", "approvalSla", "P3D", "approvalEscalation", "P5D"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), APPROVER_HITS))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty();
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), APPROVER_CHAIN)).isNull();

    decide(pi, "region-ops", APPROVED);
    decide(pi, "region-president", APPROVED);
    decide(pi, "group-ops", APPROVED);

    assertThat(pi).isEnded().hasPassed(END_APPLIED);
    Assertions.assertThat(plannedFinish("A")).isEqualTo(D.plusDays(60));
  }

  /** The escalation's boundary timer of the two-timer definition (before 230aa21); the current one waits after the reminder. */
  static final String TWO_TIMER_ESCALATION = "BoundaryEvent_SlaEscalation";

  @Test
  @Deployment(resources = {"legacy/plan-adjustment-two-timers.bpmn", "dmn/plan-adjustment-approval.dmn"})
  void aStepOfTheTwoTimerDefinitionStillRemindsAndEscalatesCountedFromItsStart() {
    // the definition deployed before the escalation waited for the reminder: both timers on the task, the escalation
    // read from approvalDeadlines.escalation; its running instances open every later step that way until they end
    ProcessInstance pi = request("A", D.plusDays(60));

    Assertions.assertThat(timer(pi, TIMER_SLA).getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 13, 9, 0)));
    Assertions.assertThat(timer(pi, TWO_TIMER_ESCALATION).getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 15, 9, 0)));
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 13, 9, 1)));
    execute(timer(pi, TIMER_SLA));
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 15, 9, 1)));
    execute(timer(pi, TWO_TIMER_ESCALATION));
    Assertions.assertThat(support.notificationsTo("region-ops")).extracting(Notification::subject)
        .containsExactly("计划调整待审批已超时：节点A");
    Assertions.assertThat(support.notificationsTo("region-president")).extracting(Notification::subject)
        .containsExactly("计划调整审批超时未处理：节点A");

    decide(pi, "region-ops", APPROVED);
    Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).list())
        .extracting(Job::getDuedate).as("the next step's reminder and escalation, from its start")
        .containsExactlyInAnyOrder(at(LocalDateTime.of(2027, 1, 18, 9, 1)), at(LocalDateTime.of(2027, 1, 20, 9, 1)));
    decide(pi, "region-president", APPROVED);
    decide(pi, "group-ops", APPROVED);

    assertThat(pi).isEnded().hasPassed(END_APPLIED);
    Assertions.assertThat(plannedFinish("A")).isEqualTo(D.plusDays(60));
  }

  @Test
  void milestoneAlreadyMovedThisYearIsRefusedAtStart() {
    ProcessInstance first = request("M", D.plusDays(45));
    decide(first, "region-ops", APPROVED);
    decide(first, "region-president", APPROVED);
    decide(first, "group-ops", APPROVED);

    Assertions.assertThat(rejectedField(() -> request("M", D.plusDays(50)))).isEqualTo(NODE_CODE);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void invalidRequestsAreRefusedBeforeAnythingIsStored() {
    Assertions.assertThat(rejectedField(() -> request("NOPE", D))).isEqualTo(NODE_CODE);
    Assertions.assertThat(rejectedField(() -> request("A", D.plusDays(20)))).isEqualTo(NEW_PLANNED_FINISH);
    Assertions.assertThat(rejectedField(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(
        PROJECT_CODE, support.project.code(), NODE_CODE, "A", NEW_PLANNED_FINISH, "2027-05-01", REASON, "太短"))))
        .isEqualTo(REASON);
    request("S", D.plusDays(31));
    Assertions.assertThat(rejectedField(() -> request("S", D.plusDays(33)))).isEqualTo(NODE_CODE);
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(CHINA).toInstant());
  }
}
