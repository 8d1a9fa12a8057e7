package com.regionops.coordination;

import static com.regionops.coordination.CoordinationProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.meeting.DecisionFollowupProcess;
import com.regionops.meeting.DecisionStatus;
import com.regionops.meeting.Meeting;
import com.regionops.meeting.ReviewMeetingProcess;
import com.regionops.org.ProjectMapper;
import com.regionops.platform.engine.EngineTime;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
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

@Deployment(resources = {"processes/coordination-meeting.bpmn", "forms/accept-coordination.form",
    "processes/review-meeting.bpmn", "processes/decision-followup.bpmn", "dmn/followup-escalation.dmn",
    "forms/carry-out-decision.form", "forms/verify-decision.form"})
class CoordinationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final LocalDateTime REQUESTED = LocalDateTime.of(2026, 12, 1, 10, 0);

  ProcessEngine engine;
  ProcessTestSupport support;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(EngineTime.toDate(REQUESTED));
    support = new ProcessTestSupport(engine);
    support.registerMeetingBeans(null);
    support.registerFollowupBeans();
    Mocks.register("prepareCoordinationDelegate",
        new PrepareCoordinationDelegate(support.session.getMapper(ProjectMapper.class)));
    Mocks.register("notifyDeclinedDelegate", new NotifyDeclinedDelegate(support.notifications));
    Mocks.register("escalateLateMeetingDelegate", new EscalateLateMeetingDelegate(support.meetings, support.notifications));
  }

  @AfterEach
  void tearDown() {
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  ProcessInstance start(boolean byOffice) {
    Map<String, Object> v = new HashMap<>();
    v.put(PROJECT_CODE, support.project.code());
    v.put(SUBJECT, "塔吊拆除与外架交叉作业");
    v.put(PROBLEM, "塔吊拆除需占用外架作业面，总包与幕墙单位各执一词");
    v.put(REQUESTED_BY, byOffice ? "office.x" : "ops.south");
    v.put(REQUESTED_AT, REQUESTED.toString());
    v.put(REQUESTED_BY_OFFICE, byOffice);
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, support.project.code() + ":COORDINATION:1", v);
  }

  /** The meeting as review-meeting runs it from 安排会议: scheduled, minutes with one decision, approved. */
  long holdMeeting(ProcessInstance pi) {
    ProcessInstance meeting = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).singleResult();
    assertThat(meeting).isWaitingAt(ReviewMeetingProcess.TASK_SCHEDULE_MEETING);
    Assertions.assertThat(task(ReviewMeetingProcess.TASK_SCHEDULE_MEETING, meeting).getDueDate())
        .as("three days after the request, 18:00").isEqualTo(EngineTime.toDate(REQUESTED.plusDays(3).withHour(18)));
    complete(task(ReviewMeetingProcess.TASK_SCHEDULE_MEETING, meeting), withVariables(
        ReviewMeetingProcess.MEETING_TIME, "2026-12-03T10:00+08:00", ReviewMeetingProcess.MEETING_LOCATION, "项目部会议室",
        ReviewMeetingProcess.CHAIR_USER, "ops.south"));
    complete(task(ReviewMeetingProcess.TASK_RECORD_MINUTES, meeting), withVariables(ReviewMeetingProcess.MINUTES,
        "塔吊 12 月 8 日拆除，幕墙单位让出作业面三天", ReviewMeetingProcess.decision(1, "Content"), "总包编制拆除与交叉作业方案",
        ReviewMeetingProcess.decision(1, "OwnerGroup"), support.officeGroup(),
        ReviewMeetingProcess.decision(1, "DueDate"), "2026-12-06"));
    complete(task(ReviewMeetingProcess.TASK_APPROVE_MINUTES, meeting),
        withVariables(ReviewMeetingProcess.MINUTES_REVIEW, ReviewMeetingProcess.APPROVED));
    return ((Number) engine.getRuntimeService().getVariable(pi.getId(), "meetingId")).longValue();
  }

  void settle(ProcessInstance pi) {
    ProcessInstance followUp = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).singleResult();
    complete(task(DecisionFollowupProcess.TASK_CARRY_OUT, followUp), withVariables(DecisionFollowupProcess.EVIDENCE,
        "方案已报监理审批", DecisionFollowupProcess.COMPLETED_ON, "2026-12-01"));
    complete(task(DecisionFollowupProcess.TASK_VERIFY, followUp),
        withVariables(DecisionFollowupProcess.DECISION_REVIEW, ReviewMeetingProcess.APPROVED));
  }

  @Test
  void regionOpsCallsOneItIsHeldAndItsDecisionFollowedUp() {
    ProcessInstance pi = start(false);

    assertThat(pi).hasNotPassed(TASK_ACCEPT).isWaitingAt(CALL_MEETING);
    long meetingId = holdMeeting(pi);
    Meeting meeting = support.meetings.meeting(meetingId);
    Assertions.assertThat(meeting.kind()).isEqualTo(ReviewMeetingProcess.KIND_COORDINATION);
    Assertions.assertThat(meeting.title()).endsWith("协调会：塔吊拆除与外架交叉作业");
    Assertions.assertThat(meeting.conclusion()).as("a 协调会 concludes nothing").isNull();
    assertThat(pi).isWaitingAt(CALL_FOLLOW_UP);
    settle(pi);

    assertThat(pi).isEnded().hasPassed(END_SETTLED);
    Assertions.assertThat(support.meetings.decisions(meetingId)).extracting(d -> d.status())
        .containsExactly(DecisionStatus.VERIFIED);
  }

  @Test
  void anOfficesRequestIsAcceptedByRegionOpsFirst() {
    ProcessInstance pi = start(true);

    assertThat(pi).isWaitingAt(TASK_ACCEPT);
    assertThat(task(TASK_ACCEPT, pi)).hasCandidateGroup("region-ops");
    Assertions.assertThat(task(TASK_ACCEPT, pi).getDueDate()).isEqualTo(EngineTime.toDate(REQUESTED.plusDays(1)));
    ClockUtil.setCurrentTime(EngineTime.toDate(REQUESTED.plusHours(20)));
    complete(task(TASK_ACCEPT, pi), withVariables(COORDINATION_REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).hasPassed(TASK_ACCEPT).isWaitingAt(CALL_MEETING);
    holdMeeting(pi);
    settle(pi);
    assertThat(pi).isEnded().hasPassed(END_SETTLED);
  }

  @Test
  void aDeclinedRequestTellsTheOfficeWhyAndEnds() {
    ProcessInstance pi = start(true);
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_ACCEPT, pi),
        withVariables(COORDINATION_REVIEW, ReviewMeetingProcess.RETURNED)))).isEqualTo(COORDINATION_REVIEW_COMMENT);
    Assertions.assertThat(com.regionops.support.Rejections.rejectedMessage(() -> complete(task(TASK_ACCEPT, pi),
        withVariables(COORDINATION_REVIEW, "MAYBE")))).contains("请选择受理结果：受理或不受理");
    complete(task(TASK_ACCEPT, pi), withVariables(COORDINATION_REVIEW, ReviewMeetingProcess.RETURNED,
        COORDINATION_REVIEW_COMMENT, "已纳入本周工程例会解决，无需单独协调"));

    assertThat(pi).isEnded().hasPassed(END_DECLINED).hasNotPassed(CALL_MEETING);
    Assertions.assertThat(support.notificationsTo(support.officeGroup()))
        .filteredOn(n -> n.businessKey().equals(pi.getBusinessKey())).singleElement()
        .satisfies(n -> {
          Assertions.assertThat(n.subject()).isEqualTo("协调申请未受理：塔吊拆除与外架交叉作业");
          Assertions.assertThat(n.body()).contains("已纳入本周工程例会解决");
        });
  }

  /** Not held within three days: the president and region-ops hear of it; the meeting still waits to be held. */
  @Test
  void aMeetingNotHeldWithinThreeDaysIsEscalated() {
    ProcessInstance pi = start(false);
    var late = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("BoundaryEvent_MeetingLate").singleResult();
    Assertions.assertThat(late.getDuedate()).isEqualTo(EngineTime.toDate(REQUESTED.plusDays(3).withHour(18)));
    ClockUtil.setCurrentTime(late.getDuedate());
    engine.getManagementService().executeJob(late.getId());

    assertThat(pi).isWaitingAt(CALL_MEETING);
    for (String group : new String[] {"region-president", "region-ops"}) {
      Assertions.assertThat(support.notificationsTo(group)).filteredOn(n -> n.businessKey().equals(pi.getBusinessKey()))
          .singleElement().satisfies(n -> {
            Assertions.assertThat(n.subject()).isEqualTo("协调会逾期未召开：塔吊拆除与外架交叉作业");
            Assertions.assertThat(n.body()).contains("会议尚未安排");
          });
    }
  }

  @Test
  void aMeetingScheduledWithinThreeDaysIsNotEscalated() {
    ProcessInstance pi = start(false);
    ProcessInstance meeting = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).singleResult();
    Assertions.assertThat(rejectedField(() -> complete(task(ReviewMeetingProcess.TASK_SCHEDULE_MEETING, meeting),
        withVariables(ReviewMeetingProcess.MEETING_TIME, "2026-12-05T10:00+08:00", ReviewMeetingProcess.MEETING_LOCATION,
            "项目部", ReviewMeetingProcess.CHAIR_USER, "ops.south")))).as("three days after the request at the latest")
        .isEqualTo(ReviewMeetingProcess.MEETING_TIME);
    complete(task(ReviewMeetingProcess.TASK_SCHEDULE_MEETING, meeting), withVariables(
        ReviewMeetingProcess.MEETING_TIME, "2026-12-04T10:00+08:00", ReviewMeetingProcess.MEETING_LOCATION, "项目部",
        ReviewMeetingProcess.CHAIR_USER, "ops.south"));
    var late = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("BoundaryEvent_MeetingLate").singleResult();
    ClockUtil.setCurrentTime(late.getDuedate());
    engine.getManagementService().executeJob(late.getId());

    Assertions.assertThat(support.notificationsTo("region-president"))
        .noneMatch(n -> n.businessKey().equals(pi.getBusinessKey()));
  }
}
