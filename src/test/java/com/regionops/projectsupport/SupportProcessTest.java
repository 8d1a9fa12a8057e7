package com.regionops.projectsupport;

import static com.regionops.projectsupport.SupportProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.gate.GateCatalog;
import com.regionops.gate.GateCatalogMapper;
import com.regionops.gate.GateMaterials;
import com.regionops.gate.GateReviewMapper;
import com.regionops.meeting.CheckReviewListener;
import com.regionops.meeting.ClearReviewListener;
import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.MeetingDecision;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.plan.PlanNodeMapper;
import com.regionops.platform.engine.DeployedDecisions;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import com.regionops.platform.security.SystemCalls;
import com.regionops.platform.web.ApiException;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/project-support.bpmn", "forms/approve-support.form", "forms/form-support-team.form",
    "forms/report-support-progress.form", "forms/review-support-closing.form", "processes/decision-followup.bpmn",
    "dmn/followup-escalation.dmn", "forms/carry-out-decision.form", "forms/verify-decision.form"})
class SupportProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  static final String LEADER = "support.leader";

  ProcessEngine engine;
  ProcessTestSupport support;
  SupportService service;
  SupportMapper cases;
  PlanNode node;
  ApiUser ops;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(TODAY.atTime(10, 0)));
    support = new ProcessTestSupport(engine);
    IdentityService identity = engine.getIdentityService();
    support.regionStaff(identity, LEADER, "support.member");
    PlanNodeMapper nodes = support.session.getMapper(PlanNodeMapper.class);
    nodes.insert(new PlanNode(null, support.project.code(), "M06", "首次开盘", NodeLevel.MILESTONE, NodeCategory.OPENING,
        null, null, null, null, TODAY.plusDays(60), null, null, 0));
    node = nodes.findByCode(support.project.code(), "M06");
    SystemCalls system = new SystemCalls(identity);
    DeployedDecisions decisions = new DeployedDecisions(engine.getRepositoryService(), system);
    cases = support.session.getMapper(SupportMapper.class);
    service = new SupportService(cases, support.meetings, nodes,
        new GateCatalog(support.session.getMapper(GateCatalogMapper.class), new GateMaterials(decisions)),
        support.session.getMapper(GateReviewMapper.class), identity, engine.getRuntimeService(), system);
    ops = new ApiUser("ops.x", Set.of("region-ops"), Set.of(support.region.code()));
    support.registerFollowupBeans();
    Mocks.register("checkReviewListener", new CheckReviewListener());
    Mocks.register("clearReviewListener", new ClearReviewListener());
    Mocks.register("supportDeclinedDelegate", new SupportDeclinedDelegate(service));
    Mocks.register("supportApprovedDelegate", new SupportApprovedDelegate(service));
    Mocks.register("checkTeamListener", new CheckTeamListener(service));
    Mocks.register("activateSupportDelegate", new ActivateSupportDelegate(service));
    Mocks.register("checkProgressListener", new CheckProgressListener());
    Mocks.register("saveProgressDelegate", new SaveProgressDelegate(service));
    Mocks.register("checkClosingListener", new CheckClosingListener());
    Mocks.register("extendSupportDelegate", new ExtendSupportDelegate(service));
    Mocks.register("closeSupportDelegate", new CloseSupportDelegate(service));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  SupportCase open() {
    return service.open(ops, support.project, new SupportRequest("开盘节点连续两次红色，报建进度滞后",
        "首次开盘节点按期达成", "ON_SITE", TODAY.toString(), TODAY.plusDays(45).toString(), "连续两次双周检查存在红色节点"));
  }

  ProcessInstance instance(SupportCase c) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(c.processInstanceId()).singleResult();
  }

  Map<String, Object> team() {
    Map<String, Object> v = new HashMap<>();
    v.put(LEADER_KEY, LEADER);
    v.put(MEMBERS, "support.member");
    v.put(SUPPORT_PLAN, "每两周驻场一次，协调报建与设计");
    v.put(VISITS_PLANNED, 4L);
    v.put(GOAL_NODE_CODE, "M06");
    return v;
  }

  static final String LEADER_KEY = SupportProcess.LEADER;

  /** The month's report: the timer fires on its day, the leader writes the progress. */
  void report(ProcessInstance pi, boolean goalMet) {
    assertThat(pi).isWaitingAt(TIMER_MONTHLY);
    ClockUtil.setCurrentTime(job(TIMER_MONTHLY, pi).getDuedate());
    execute(job(TIMER_MONTHLY, pi));
    assertThat(task(TASK_REPORT, pi)).isAssignedTo(LEADER);
    complete(task(TASK_REPORT, pi), withVariables(PROGRESS, "报建资料已补齐，规划许可证预计下周取得", GOAL_MET, goalMet));
  }

  @Test
  void approvedFormedReportedExtendedAndEndedWhenItsNodeIsDone() {
    SupportCase c = open();
    ProcessInstance pi = instance(c);
    Assertions.assertThat(c.status()).isEqualTo(SupportCase.PROPOSED);
    assertThat(task(TASK_APPROVE, pi)).hasCandidateGroup("region-president");
    complete(task(TASK_APPROVE, pi), withVariables(SUPPORT_REVIEW, ReviewMeetingProcess.APPROVED));
    Assertions.assertThat(cases.findCase(c.id()).status()).isEqualTo(SupportCase.FORMING);

    Map<String, Object> officeLeader = team();
    officeLeader.put(LEADER_KEY, "office.someone");
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_FORM_TEAM, pi), officeLeader))).isEqualTo(LEADER_KEY);
    Map<String, Object> noSuchNode = team();
    noSuchNode.put(GOAL_NODE_CODE, "M99");
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_FORM_TEAM, pi), noSuchNode))).isEqualTo(GOAL_NODE_CODE);
    complete(task(TASK_FORM_TEAM, pi), team());

    SupportCase active = cases.findCase(c.id());
    Assertions.assertThat(active.status()).isEqualTo(SupportCase.ACTIVE);
    Assertions.assertThat(active.leader()).isEqualTo(LEADER);
    Assertions.assertThat(active.goalNodeId()).isEqualTo(node.id());
    Assertions.assertThat(service.supported(List.of(support.project.code()))).containsExactly(support.project.code());
    Assertions.assertThat(job(TIMER_MONTHLY, pi).getDuedate()).as("a month after the start, 09:00")
        .isEqualTo(EngineTime.toDate(TODAY.plusMonths(1).atTime(9, 0)));

    // a visit with a decision: followed up by decision-followup, verified by the leader
    SupportVisit visit = service.logVisit(ops, c.id(), new VisitRequest(TODAY.toString(), "ON_SITE",
        List.of(LEADER, "support.member"), "报建资料缺规划条件核实函", "先补核实函再报审",
        List.of(new VisitRequest.Decision("三日内补交规划条件核实函", support.officeGroup(), TODAY.plusDays(3).toString()))));
    Assertions.assertThat(visit.visitors()).isEqualTo(LEADER + ",support.member");
    List<MeetingDecision> decisions = support.meetings.decisions(active.meetingId());
    Assertions.assertThat(decisions).singleElement().satisfies(d -> {
      Assertions.assertThat(d.verifierUser()).isEqualTo(LEADER);
      Assertions.assertThat(d.ownerGroup()).isEqualTo(support.officeGroup());
    });
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DecisionFollowupProcess.KEY).variableValueEquals(DecisionFollowupProcess.DECISION_ID,
            decisions.get(0).id()).count()).isEqualTo(1);

    report(pi, false);
    assertThat(pi).as("a month in, before its end: on").isWaitingAt(TIMER_MONTHLY);
    report(pi, false);
    assertThat(pi).as("past its end: the president reviews").isWaitingAt(TASK_CLOSING);
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), PROGRESS_SUMMARY))
        .contains("走访 1 次（计划 4 次），月报 2 份").contains("目标尚未达成");
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_CLOSING, pi),
        withVariables(CLOSING_DECISION, EXTEND)))).isEqualTo(NEW_ENDS_ON);
    LocalDate newEnd = EngineTime.today().plusMonths(2);
    complete(task(TASK_CLOSING, pi), withVariables(CLOSING_DECISION, EXTEND, NEW_ENDS_ON, newEnd.toString()));
    Assertions.assertThat(cases.findCase(c.id()).endsOn()).isEqualTo(newEnd);

    // the goal node is reported done: the next report takes the case to its review, which ends it
    support.session.getMapper(PlanNodeMapper.class).update(new PlanNode(node.id(), support.project.code(), "M06",
        "首次开盘", NodeLevel.MILESTONE, NodeCategory.OPENING, null, null, null, null, TODAY.plusDays(60), null,
        EngineTime.today(), 100));
    report(pi, false);
    assertThat(pi).isWaitingAt(TASK_CLOSING);
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), PROGRESS_SUMMARY))
        .contains("目标已达成");
    complete(task(TASK_CLOSING, pi), withVariables(CLOSING_DECISION, END));

    assertThat(pi).isEnded().hasPassed(END_CLOSED);
    Assertions.assertThat(cases.findCase(c.id()).status()).isEqualTo(SupportCase.CLOSED);
    Assertions.assertThat(service.supported(List.of(support.project.code()))).isEmpty();
    Assertions.assertThatThrownBy(() -> service.logVisit(ops, c.id(), new VisitRequest(EngineTime.today().toString(),
        "REMOTE", List.of(LEADER), "回访", null, List.of()))).isInstanceOf(ApiException.class)
        .hasMessageContaining("帮扶已结束");
  }

  @Test
  void aCaseThePresidentDoesNotApproveEndsDeclined() {
    SupportCase c = open();
    ProcessInstance pi = instance(c);
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_APPROVE, pi),
        withVariables(SUPPORT_REVIEW, ReviewMeetingProcess.RETURNED)))).isEqualTo(SUPPORT_REVIEW_COMMENT);
    complete(task(TASK_APPROVE, pi), withVariables(SUPPORT_REVIEW, ReviewMeetingProcess.RETURNED,
        SUPPORT_REVIEW_COMMENT, "先以专项巡检督导"));

    assertThat(pi).isEnded().hasPassed(END_DECLINED);
    Assertions.assertThat(cases.findCase(c.id()).status()).isEqualTo(SupportCase.DECLINED);
    Assertions.assertThat(open().status()).as("a declined case does not block the next").isEqualTo(SupportCase.PROPOSED);
    Assertions.assertThatThrownBy(this::open).as("but an open one does").isInstanceOf(ApiException.class)
        .hasMessageContaining("已有进行中的帮扶");
  }
}
