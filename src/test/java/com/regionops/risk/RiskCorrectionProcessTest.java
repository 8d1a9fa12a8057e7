package com.regionops.risk;

import static com.regionops.risk.RiskProcesses.*;
import static com.regionops.support.Rejections.rejectedField;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.regionops.notification.Notification;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/risk-correction.bpmn", "dmn/risk-escalation.dmn", "forms/plan-correction.form",
    "forms/review-correction.form"})
class RiskCorrectionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

  ProcessEngine engine;
  RiskProcessTestSupport risk;
  String stubDeployment;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(8, 0).atZone(CHINA).toInstant()));
    risk = new RiskProcessTestSupport(engine);
    // plan-adjustment stands in as a one-task model: this test is about what the correction passes it
    stubDeployment = engine.getRepositoryService().createDeployment().addModelInstance("plan-adjustment.bpmn",
        Bpmn.createExecutableProcess("plan-adjustment").camundaHistoryTimeToLive(1).startEvent()
            .userTask("UserTask_ApproveAdjustment").endEvent().done()).deploy().getId();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    engine.getRepositoryService().deleteDeployment(stubDeployment, true);
    risk.base.close();
    ProcessTestSupport.resetEngine(engine);
  }

  ProcessInstance start(String grade, String level, int consecutive) {
    return engine.getRuntimeService().startProcessInstanceByKey(CORRECTION_KEY, "BK", Map.of(
        PROJECT_CODE, risk.base.project.code(), NODE_ID, 42L, NODE_CODE, "L109", NODE_NAME, "竣工验收",
        NODE_LEVEL, level, GRADE, grade, GRADE_REASON, "一级节点逾期10天以上", CONSECUTIVE_CHECKS, consecutive,
        PERIOD_DATE, TODAY.toString()));
  }

  static Map<String, Object> plan(boolean adjust) {
    Map<String, Object> v = new HashMap<>();
    v.put(CAUSE, "总包劳动力不足");
    v.put(MEASURES, "增加两个班组并周末加班，两周内追回进度");
    v.put(FORECAST_FINISH, "2027-07-15");
    v.put(NEEDS_ADJUSTMENT, adjust);
    return v;
  }

  @Test
  void firstRedGoesToRegionOpsAndClosesWhenTheRiskIsGone() {
    ProcessInstance pi = start("RED", "L1", 1);

    assertThat(task(pi)).hasDefinitionKey(TASK_PLAN_CORRECTION).hasCandidateGroup(risk.base.officeGroup());
    Date responseDue = Date.from(TODAY.plusDays(5).atTime(18, 0).atZone(CHINA).toInstant());
    Assertions.assertThat(task(pi).getDueDate()).isEqualTo(responseDue);
    Assertions.assertThat(rejectedField(() -> complete(task(pi), withVariables(CAUSE, "原因", MEASURES, "太短",
        FORECAST_FINISH, "2027-07-15")))).isEqualTo(MEASURES);
    complete(task(pi), plan(false));
    assertThat(task(pi)).hasDefinitionKey(TASK_REVIEW_CORRECTION).hasCandidateGroup("region-ops");
    Assertions.assertThat(task(pi).getDueDate()).isEqualTo(responseDue);
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), MEASURE)).isEqualTo("警告");
    complete(task(pi), withVariables(CORRECTION_REVIEW, "APPROVED"));

    assertThat(pi).isWaitingAt(WAIT_RECOVERY);
    engine.getRuntimeService().createMessageCorrelation(MESSAGE_RESOLVED).processInstanceId(pi.getId()).correlate();
    assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(CALL_ADJUSTMENT);
  }

  @Test
  void repeatedRedGoesToThePresidentAndAnApprovedAdjustmentIsRequestedFromHere() {
    ProcessInstance pi = start("RED", "L1", 2);
    complete(task(pi), plan(true));
    assertThat(task(pi)).hasCandidateGroup("region-president");

    complete(task(pi), withVariables(CORRECTION_REVIEW, "RETURNED", CORRECTION_REVIEW_COMMENT, "措施不具体"));
    assertThat(task(pi)).hasDefinitionKey(TASK_PLAN_CORRECTION);
    complete(task(pi), plan(true));
    complete(task(pi), withVariables(CORRECTION_REVIEW, "APPROVED"));

    assertThat(pi).isWaitingAt(CALL_ADJUSTMENT);
    ProcessInstance adjustment = BpmnAwareTests.calledProcessInstance(pi);
    assertThat(adjustment).variables().containsEntry("projectCode", risk.base.project.code())
        .containsEntry("nodeCode", "L109").containsEntry("newPlannedFinish", "2027-07-15")
        .containsEntry("reason", "增加两个班组并周末加班，两周内追回进度");
    complete(task(adjustment));
    assertThat(pi).isWaitingAt(WAIT_RECOVERY);
  }

  @Test
  void reviewPastItsResponseDaysIsChased() {
    ProcessInstance pi = start("ORANGE", "L2", 1);
    complete(task(pi), plan(false));

    ClockUtil.setCurrentTime(Date.from(TODAY.plusDays(7).atTime(18, 1).atZone(CHINA).toInstant()));
    execute(job(pi));

    assertThat(pi).hasPassed("ServiceTask_RemindReview").isWaitingAt(TASK_REVIEW_CORRECTION);
    Assertions.assertThat(risk.base.notificationsTo("region-ops")).extracting(Notification::subject)
        .containsExactly("纠偏措施待审核已超时：竣工验收");
  }

  @Test
  void theOfficeCannotNameItsOwnReviewerNorPointTheAdjustmentAtAnotherNode() {
    ProcessInstance pi = start("RED", "L1", 2);
    engine.getIdentityService().setAuthentication("office.test", List.of("project-office", risk.base.officeGroup()),
        List.of(risk.base.region.code()));
    for (Map.Entry<String, Object> tampering : Map.<String, Object>of(ESCALATE_TO_GROUP, risk.base.officeGroup(),
        PROJECT_CODE, "SH01", NODE_CODE, "L001").entrySet()) {
      Map<String, Object> completion = plan(true);
      completion.put(tampering.getKey(), tampering.getValue());
      Assertions.assertThat(rejectedField(() -> complete(task(pi), completion))).isEqualTo(tampering.getKey());
    }
    complete(task(pi), plan(true));
    engine.getIdentityService().clearAuthentication();

    assertThat(task(pi)).hasDefinitionKey(TASK_REVIEW_CORRECTION).hasCandidateGroup("region-president");
    complete(task(pi), withVariables(CORRECTION_REVIEW, "APPROVED"));
    assertThat(BpmnAwareTests.calledProcessInstance(pi)).variables()
        .containsEntry("projectCode", risk.base.project.code()).containsEntry("nodeCode", "L109");
  }
}
