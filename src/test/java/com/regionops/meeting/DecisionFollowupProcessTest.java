package com.regionops.meeting;

import static com.regionops.meeting.DecisionFollowupProcess.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.notification.Notification;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/decision-followup.bpmn", "dmn/followup-escalation.dmn",
    "forms/carry-out-decision.form", "forms/verify-decision.form"})
class DecisionFollowupProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final LocalDate DUE = LocalDate.of(2026, 12, 20);

  ProcessEngine engine;
  ProcessTestSupport support;
  long decisionId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 1, 10, 0)));
    support = new ProcessTestSupport(engine);
    Meeting meeting = support.meetings.recordSchedule(new Meeting(null, "GATE", support.region.code(),
        support.project.code(), null, "报建策划会", LocalDateTime.of(2026, 12, 1, 9, 0), null, "president.south", null,
        null, null, null, "meeting-" + support.project.code()));
    decisionId = support.meetings.saveMinutes(meeting.id(), "CONDITIONAL", "原则同意", "president.south",
        List.of(new DecisionItem("补充交通评价报告", support.officeGroup(), null, DUE))).get(0);
    support.registerFollowupBeans();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    support.close();
    ProcessTestSupport.resetEngine(engine);
  }

  ProcessInstance startFollowUp() {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, "BK-" + decisionId, Map.of(
        DECISION_ID, decisionId, MEETING_KIND, "GATE", "projectCode", support.project.code()));
  }

  void reportDone(ProcessInstance pi) {
    complete(task(TASK_CARRY_OUT, pi), withVariables(EVIDENCE, "交通评价报告已报规划局，受理号 JT-2026-118",
        COMPLETED_ON, "2026-12-01"));
  }

  @Test
  void ownerCarriesOutAndRegionOpsVerifies() {
    ProcessInstance pi = startFollowUp();

    Task carryOut = task(TASK_CARRY_OUT, pi);
    assertThat(carryOut).hasCandidateGroup(support.officeGroup()).isNotAssigned();
    Assertions.assertThat(carryOut.getDueDate()).isEqualTo(at(DUE.atTime(23, 59)));
    Assertions.assertThat(support.meetings.decision(decisionId).processInstanceId()).isEqualTo(pi.getId());
    reportDone(pi);
    Assertions.assertThat(support.meetings.decision(decisionId).status()).isEqualTo(DecisionStatus.DONE);
    assertThat(task(TASK_VERIFY, pi)).hasCandidateGroup("region-ops");
    Assertions.assertThat(task(TASK_VERIFY, pi).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 12, 4, 10, 0)));
    engine.getIdentityService().setAuthentication("ops.south", List.of("region-ops"), List.of(support.region.code()));
    complete(task(TASK_VERIFY, pi), withVariables(DECISION_REVIEW, ReviewMeetingProcess.APPROVED));

    assertThat(pi).isEnded().hasPassed(END_VERIFIED);
    MeetingDecision verified = support.meetings.decision(decisionId);
    Assertions.assertThat(verified.status()).isEqualTo(DecisionStatus.VERIFIED);
    Assertions.assertThat(verified.verifiedBy()).isEqualTo("ops.south");
    Assertions.assertThat(verified.evidence()).contains("JT-2026-118");
    Assertions.assertThat(verified.completedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  /** An inspection's 整改 is verified by its lead inspector, not by whoever of region-ops claims it. */
  @Test
  void aNamedVerifierVerifiesTheItem() {
    Meeting inspection = support.meetings.recordSchedule(new Meeting(null, "INSPECTION", support.region.code(),
        support.project.code(), null, "进度巡检", LocalDateTime.of(2026, 12, 1, 9, 0), null, "inspector.south", null,
        null, null, null, "inspection-" + support.project.code()));
    decisionId = support.meetings.saveMinutes(inspection.id(), null, "巡检报告", "inspector.south",
        List.of(new DecisionItem("补齐样板间验收记录", support.officeGroup(), null, DUE, "inspector.south"))).get(0);
    ProcessInstance pi = startFollowUp();
    reportDone(pi);

    assertThat(task(TASK_VERIFY, pi)).isAssignedTo("inspector.south");
    engine.getIdentityService().setAuthentication("ops.south", List.of("region-ops"), List.of(support.region.code()));
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_VERIFY, pi),
        withVariables(DECISION_REVIEW, ReviewMeetingProcess.APPROVED)))).as("region-ops is not the named verifier")
        .isEqualTo(DECISION_REVIEW);
    engine.getIdentityService().setAuthentication("inspector.south", List.of("region-functions"),
        List.of(support.region.code()));
    complete(task(TASK_VERIFY, pi), withVariables(DECISION_REVIEW, ReviewMeetingProcess.APPROVED));
    assertThat(pi).isEnded().hasPassed(END_VERIFIED);
    Assertions.assertThat(support.meetings.decision(decisionId).verifiedBy()).isEqualTo("inspector.south");
  }

  @Test
  void completionsThatRewriteTheDecisionIdStillAnswerForTheirOwnDecision() {
    Meeting another = support.meetings.recordSchedule(new Meeting(null, "GATE", support.region.code(),
        support.project.code(), null, "工程策划会", LocalDateTime.of(2026, 12, 1, 14, 0), null, "president.south", null,
        null, null, null, "meeting-2-" + support.project.code()));
    long other = support.meetings.saveMinutes(another.id(), "CONDITIONAL", "原则同意", "president.south",
        List.of(new DecisionItem("另一项决议", support.officeGroup(), null, DUE))).get(0);
    ProcessInstance pi = startFollowUp();

    complete(task(TASK_CARRY_OUT, pi), withVariables(EVIDENCE, "交通评价报告已报规划局，受理号 JT-2026-118",
        COMPLETED_ON, "2026-12-01", DECISION_ID, other));
    engine.getIdentityService().setAuthentication("ops.south", List.of("region-ops"), List.of(support.region.code()));
    Assertions.assertThat(rejectedField(() -> complete(task(TASK_VERIFY, pi),
        withVariables(DECISION_REVIEW, ReviewMeetingProcess.APPROVED, DECISION_ID, other))))
        .as("a person cannot send it at all (TaskCommandGuard)").isEqualTo(DECISION_ID);
    // Nor do the delegates trust it: sent past the guard, it still changes nothing but its own decision.
    engine.getIdentityService().clearAuthentication();
    complete(task(TASK_VERIFY, pi), withVariables(DECISION_REVIEW, ReviewMeetingProcess.APPROVED, DECISION_ID, other));

    Assertions.assertThat(support.meetings.decision(decisionId).status()).isEqualTo(DecisionStatus.VERIFIED);
    Assertions.assertThat(support.meetings.decision(other).status()).as("the other meeting's decision is untouched")
        .isEqualTo(DecisionStatus.OPEN);
    Assertions.assertThat(support.meetings.decision(other).evidence()).isNull();
  }

  @Test
  void reopenedDecisionGoesBackToTheOwnerWithTheComment() {
    ProcessInstance pi = startFollowUp();
    reportDone(pi);

    complete(task(TASK_VERIFY, pi), withVariables(DECISION_REVIEW, ReviewMeetingProcess.RETURNED,
        DECISION_REVIEW_COMMENT, "缺少规划局受理回执"));

    assertThat(pi).isWaitingAt(TASK_CARRY_OUT);
    MeetingDecision reopened = support.meetings.decision(decisionId);
    Assertions.assertThat(reopened.status()).isEqualTo(DecisionStatus.OPEN);
    Assertions.assertThat(reopened.reviewComment()).isEqualTo("缺少规划局受理回执");
    reportDone(pi);
    complete(task(TASK_VERIFY, pi), withVariables(DECISION_REVIEW, ReviewMeetingProcess.APPROVED));
    assertThat(pi).isEnded();
  }

  @Test
  void evidenceAndCompletionDateAreRequired() {
    ProcessInstance pi = startFollowUp();
    Task carryOut = task(TASK_CARRY_OUT, pi);

    Assertions.assertThat(rejectedField(() -> complete(carryOut, withVariables(EVIDENCE, " ", COMPLETED_ON,
        "2026-12-01")))).isEqualTo(EVIDENCE);
    Assertions.assertThat(rejectedField(() -> complete(carryOut, withVariables(EVIDENCE, "已完成", COMPLETED_ON,
        "2026-12-05")))).isEqualTo(COMPLETED_ON);
    assertThat(pi).isWaitingAt(TASK_CARRY_OUT);
  }

  @Test
  void ownerIsRemindedThreeDaysBeforeTheDueDate() {
    ProcessInstance pi = startFollowUp();
    Job reminder = timer(pi, TIMER_REMINDER);
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 17, 9, 0)));

    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 17, 9, 1)));
    execute(reminder);

    assertThat(pi).hasPassed("ServiceTask_RemindDecision").isWaitingAt(TASK_CARRY_OUT);
    Assertions.assertThat(support.notificationsTo(support.officeGroup())).extracting(Notification::dedupKey)
        .contains("decision-due:" + decisionId);
    Assertions.assertThat(support.notificationsTo(support.officeGroup())).filteredOn(n -> n.dedupKey()
        .equals("decision-due:" + decisionId)).extracting(Notification::regionCode)
        .as("a step of a region's process: that region's matter").containsExactly(support.region.code());
  }

  @Test
  void overdueDecisionEscalatesEachWeekToWhomTheDmnNames() {
    ProcessInstance pi = startFollowUp();
    Assertions.assertThat(timer(pi, TIMER_OVERDUE).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 21, 9, 0)));

    escalateAt(pi, LocalDateTime.of(2026, 12, 21, 9, 0));  // 1 day overdue
    escalateAt(pi, LocalDateTime.of(2026, 12, 28, 9, 0));  // 8 days
    escalateAt(pi, LocalDateTime.of(2027, 1, 4, 9, 0));    // 15 days

    assertThat(pi).isWaitingAt(TASK_CARRY_OUT);
    Assertions.assertThat(support.notificationsTo("region-ops")).filteredOn(n -> n.dedupKey().startsWith(
        "decision-overdue:" + decisionId + ":")).extracting(Notification::subject)
        .containsExactly("决议事项已逾期，请区域运营管理部督促责任人落实（逾期 1 天）",
            "决议事项逾期超过一周，由区域运营管理部约谈责任人（逾期 8 天）");
    Assertions.assertThat(support.notificationsTo("region-president")).filteredOn(n -> n.dedupKey().startsWith(
        "decision-overdue:" + decisionId + ":")).extracting(Notification::subject)
        .containsExactly("决议事项逾期超过两周，报区域总裁督办（逾期 15 天）");
    Assertions.assertThat(timer(pi, TIMER_OVERDUE).getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 11, 9, 0)));
  }

  private void escalateAt(ProcessInstance pi, LocalDateTime time) {
    Job overdue = timer(pi, TIMER_OVERDUE);
    Assertions.assertThat(overdue.getDuedate()).isEqualTo(at(time));
    ClockUtil.setCurrentTime(at(time.plusMinutes(1)));
    execute(overdue);
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(CHINA).toInstant());
  }
}
