package com.regionops.risk;

import static com.regionops.risk.RiskProcesses.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanNode;
import com.regionops.platform.engine.ProjectTenantIdProvider;
import com.regionops.support.PlainEngine;
import com.regionops.support.ProcessTestSupport;
import com.regionops.support.TimerStarts;
import java.time.Duration;
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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/biweekly-plan-check.bpmn", "processes/risk-correction.bpmn",
    "dmn/schedule-risk-grade.dmn", "dmn/risk-escalation.dmn"})
class BiweeklyPlanCheckProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

  ProcessEngine engine;
  RiskProcessTestSupport risk;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(8, 0).atZone(CHINA).toInstant()));
    risk = new RiskProcessTestSupport(engine);
  }

  @AfterEach
  void tearDown() {
    risk.base.close();
    ProcessTestSupport.resetEngine(engine);
  }

  ProcessInstance check(LocalDate period) {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByMessage(MESSAGE_CHECK,
        Map.of(REGION_CODE, risk.base.region.code(), PERIOD_DATE, period.toString()));
    assertThat(pi).isWaitingAt(TASK_GRADE);
    execute(job(pi));
    return pi;
  }

  List<ProcessInstance> corrections() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CORRECTION_KEY).list();
  }

  @Test
  void checkGradesTheRegionStartsACorrectionPerRedOrOrangeNodeAndAsksRegionOpsToReview() {
    risk.node("LATE", NodeLevel.L1, TODAY, -12, 80);   // L1 12 days overdue: RED
    risk.node("SOON", NodeLevel.L2, TODAY, 40, 0);     // fine: GREEN

    ProcessInstance pi = check(TODAY);

    assertThat(pi).isWaitingAt(TASK_REVIEW_REPORT);
    assertThat(task(pi)).hasCandidateGroup("region-ops");
    Assertions.assertThat(task(pi).getDueDate()).isEqualTo(Date.from(task(pi).getCreateTime().toInstant().plus(Duration.ofDays(3))));
    Assertions.assertThat(pi.getTenantId()).isEqualTo(risk.base.region.code());
    Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), CHECK_SUMMARY))
        .contains("共评定 2 个未完成节点，红 1").contains("LATE");
    Assertions.assertThat(corrections()).singleElement().satisfies(c ->
        Assertions.assertThat(c.getBusinessKey()).isEqualTo(risk.base.project.code() + ":LATE:RISK-" + TODAY));
  }

  @Test
  void reviewedReportIsFiledForTheRegionAndTheCheckEnds() {
    risk.node("LATE", NodeLevel.L1, TODAY, -12, 80);
    ProcessInstance pi = check(TODAY);

    complete(task(TASK_REVIEW_REPORT, pi));

    assertThat(pi).hasPassed("ServiceTask_FileReport").isEnded().hasPassed("EndEvent_ReportReviewed");
    Assertions.assertThat(risk.filedReports).containsExactly(risk.base.region.code() + ":" + TODAY);
  }

  @Test
  void theNextCheckStartsNoSecondCorrectionAndClosesOnesWhoseRiskIsGone() {
    PlanNode late = risk.node("LATE", NodeLevel.L1, TODAY, -12, 80);
    check(TODAY);
    ProcessInstance correction = corrections().get(0);
    // the correction has been worked through and waits for the risk to go
    engine.getRuntimeService().createProcessInstanceModification(correction.getId())
        .startBeforeActivity(WAIT_RECOVERY).cancelAllForActivity(TASK_PLAN_CORRECTION).execute();

    check(TODAY.plusDays(14));
    Assertions.assertThat(corrections()).as("still red: the same correction goes on").hasSize(1);

    risk.nodes.update(new PlanNode(null, late.projectCode(), "LATE", late.name(), late.nodeLevel(), late.category(),
        null, null, null, late.plannedStart(), late.plannedFinish(), late.plannedStart(), TODAY.plusDays(20), 100));
    ClockUtil.setCurrentTime(Date.from(TODAY.plusDays(28).atTime(8, 0).atZone(CHINA).toInstant()));
    check(TODAY.plusDays(28));

    assertThat(correction).isEnded().hasPassed(END_CLOSED);
  }

  @Test
  void aNodeThatRecoversWhileItsCorrectionIsStillPlannedDoesNotFailTheCheck() {
    PlanNode late = risk.node("LATE", NodeLevel.L1, TODAY, -12, 80);
    check(TODAY);
    ProcessInstance correction = corrections().get(0);
    assertThat(correction).isWaitingAt(TASK_PLAN_CORRECTION);

    risk.nodes.update(new PlanNode(null, late.projectCode(), "LATE", late.name(), late.nodeLevel(), late.category(),
        null, null, null, late.plannedStart(), late.plannedFinish(), late.plannedStart(), TODAY.plusDays(3), 100));
    ClockUtil.setCurrentTime(Date.from(TODAY.plusDays(14).atTime(8, 0).atZone(CHINA).toInstant()));
    ProcessInstance second = check(TODAY.plusDays(14));

    assertThat(second).isWaitingAt(TASK_REVIEW_REPORT);
    assertThat(correction).isWaitingAt(TASK_PLAN_CORRECTION);
  }

  @Test
  void fortnightlyTimerStartsOneCheckPerRegion() {
    Job timer = TimerStarts.timer(engine.getManagementService(), CHECK_START_TIMER);
    Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2027, 6, 7, 8, 0)
        .atZone(CHINA).toInstant()));

    ClockUtil.setCurrentTime(timer.getDuedate());
    Assertions.assertThat(TimerStarts.fire(engine.getManagementService(), timer)).isEqualTo(ProjectTenantIdProvider.PLATFORM);

    List<ProcessInstance> started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CHECK_KEY).list();
    Assertions.assertThat(started).singleElement().satisfies(pi -> {
      Assertions.assertThat(pi.getTenantId()).isEqualTo(risk.base.region.code());
      Assertions.assertThat(pi.getBusinessKey()).isEqualTo(risk.base.region.code() + ":2027-06-07");
    });
    Assertions.assertThat(TimerStarts.timer(engine.getManagementService(), CHECK_START_TIMER).getDuedate()).as("the next one, a fortnight later")
        .isEqualTo(Date.from(LocalDateTime.of(2027, 6, 21, 8, 0).atZone(CHINA).toInstant()));
  }

  @Test
  void aPersonCannotRunTheFortnightlyBranch() {
    Assertions.assertThat(TimerStarts.startByKeyAsRegionOps(engine, CHECK_KEY, risk.base.region.code()))
        .isEqualTo("startEvent");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CHECK_KEY).count())
        .isZero();
  }
}
