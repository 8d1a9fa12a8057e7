package com.regionops.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.SystemCalls;
import com.regionops.support.PlainEngine;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 流程时效 over a small history made with a moved clock; every figure worked out by hand in the comments. */
class ProcessTimesTest {

  @RegisterExtension
  static org.camunda.bpm.engine.test.junit5.ProcessEngineExtension extension = PlainEngine.extension();

  static final String TENANT = "TQ";
  static final LocalDateTime T0 = LocalDateTime.of(2027, 3, 1, 9, 0);

  ProcessEngine engine;
  String deployment;

  @BeforeEach
  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("times-test").name("时效测试").camundaHistoryTimeToLive(1)
        .startEvent().userTask("UserTask_A").name("审核 · GZ01 · 节点").userTask("UserTask_B").name("批准")
        .endEvent().done();
    deployment = engine.getRepositoryService().createDeployment().tenantId(TENANT)
        .addModelInstance("times-test.bpmn", model).deploy().getId();
  }

  @AfterEach
  void clean() {
    ClockUtil.reset();
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(EngineTime.toDate(time));
  }

  ProcessInstance start(LocalDateTime time) {
    return start(time, "GZ01", "GZ01:DESIGN_PLANNING:1");
  }

  ProcessInstance start(LocalDateTime time, String projectCode, String businessKey) {
    at(time);
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey("times-test").processDefinitionTenantId(TENANT)
        .businessKey(businessKey).setVariable(ProcessTimes.PROJECT_CODE, projectCode).execute();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    engine.getTaskService().setDueDate(task, EngineTime.toDate(time.plusHours(12)));
    return pi;
  }

  void complete(ProcessInstance pi, LocalDateTime time) {
    at(time);
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .singleResult().getId());
  }

  ProcessTimes.Step step(List<ProcessTimes.Step> steps, String taskKey) {
    return steps.stream().filter(s -> s.taskKey().equals(taskKey)).findFirst().orElseThrow();
  }

  @Test
  void medianP90OnTimeShareAndBacklogByAge() {
    ProcessInstance feb = start(LocalDateTime.of(2027, 2, 10, 9, 0));
    complete(feb, LocalDateTime.of(2027, 2, 10, 13, 0));          // February: A in 4 h
    ProcessInstance one = start(T0);
    ProcessInstance two = start(T0);
    ProcessInstance three = start(T0);
    complete(one, T0.plusHours(2));                               // A: 2 h, before its due date (T0 + 12 h)
    complete(two, T0.plusHours(10));                              // A: 10 h, on time; B opens 03-01 19:00
    complete(three, T0.plusHours(30));                            // A: 30 h, late; B opens 03-02 15:00
    complete(one, T0.plusHours(2 + 72));                          // B: 72 h, no due date
    at(LocalDateTime.of(2027, 3, 5, 9, 0));

    ProcessTimes.Figures figures = new ProcessTimes(engine.getHistoryService(), engine.getTaskService(),
        engine.getRepositoryService(), new SystemCalls(engine.getIdentityService())).of(TENANT, YearMonth.of(2027, 3));

    ProcessTimes.Step a = step(figures.steps(), "UserTask_A");
    assertThat(a.processName()).isEqualTo("时效测试");
    assertThat(a.taskName()).as("the project and node after · are not the step").isEqualTo("审核");
    assertThat(a.completed()).isEqualTo(3);
    assertThat(a.medianHours()).as("2, 10, 30: the second").isEqualTo(10.0);
    assertThat(a.p90Hours()).as("nearest rank: ceil(0.9 × 3) = the third").isEqualTo(30.0);
    assertThat(a.withDueDate()).isEqualTo(3);
    assertThat(a.onTimeShare()).isEqualTo(2.0 / 3);
    ProcessTimes.Step b = step(figures.steps(), "UserTask_B");
    assertThat(b.completed()).isEqualTo(1);
    assertThat(b.medianHours()).isEqualTo(72.0);
    assertThat(b.withDueDate()).isZero();
    assertThat(b.onTimeShare()).isNull();
    assertThat(figures.previousMonth()).isEqualTo("2027-02");
    assertThat(figures.previous()).singleElement().satisfies(p -> {
      assertThat(p.taskKey()).isEqualTo("UserTask_A");
      assertThat(p.medianHours()).isEqualTo(4.0);
    });
    // now 03-05 09:00: B of two is 3 d 14 h old, B of three 2 d 18 h, B of feb 23 days
    assertThat(figures.backlog()).singleElement().satisfies(row -> {
      assertThat(row.taskKey()).isEqualTo("UserTask_B");
      assertThat(row.byAge()).containsExactly(1, 1, 0, 1);
    });
    assertThat(new ProcessTimes(engine.getHistoryService(), engine.getTaskService(), engine.getRepositoryService(),
        new SystemCalls(engine.getIdentityService())).of("OTHER", YearMonth.of(2027, 3)).steps())
        .as("another tenant's history is not counted").isEmpty();
  }

  /** Per project by the projectCode variable, per gate by the round's business key, and both. */
  @Test
  void aProjectsOrAGatesProcessesAlone() {
    ProcessInstance gz01Design = start(T0, "GZ01", "GZ01:DESIGN_PLANNING:1");
    ProcessInstance gz02Design = start(T0, "GZ02", "GZ02:DESIGN_PLANNING:2");
    ProcessInstance gz01Kickoff = start(T0, "GZ01", "GZ01:PROJECT_KICKOFF:1");
    complete(gz01Design, T0.plusHours(1));
    complete(gz02Design, T0.plusHours(5));
    complete(gz01Kickoff, T0.plusHours(9));
    at(T0.plusDays(1));
    ProcessTimes times = new ProcessTimes(engine.getHistoryService(), engine.getTaskService(),
        engine.getRepositoryService(), new SystemCalls(engine.getIdentityService()));
    YearMonth march = YearMonth.of(2027, 3);

    assertThat(step(times.of(TENANT, march).steps(), "UserTask_A").completed()).isEqualTo(3);
    ProcessTimes.Figures gz01 = times.of(TENANT, march, new ProcessTimes.Scope("GZ01", null));
    assertThat(step(gz01.steps(), "UserTask_A").completed()).isEqualTo(2);
    assertThat(step(gz01.steps(), "UserTask_A").medianHours()).as("1 and 9: nearest rank, the first").isEqualTo(1.0);
    assertThat(gz01.backlog()).singleElement().satisfies(b -> assertThat(b.byAge()).containsExactly(2, 0, 0, 0));
    ProcessTimes.Figures design = times.of(TENANT, march, new ProcessTimes.Scope(null, "DESIGN_PLANNING"));
    assertThat(step(design.steps(), "UserTask_A").completed()).isEqualTo(2);
    assertThat(step(design.steps(), "UserTask_A").p90Hours()).isEqualTo(5.0);
    ProcessTimes.Figures both = times.of(TENANT, march, new ProcessTimes.Scope("GZ02", "DESIGN_PLANNING"));
    assertThat(step(both.steps(), "UserTask_A").completed()).isEqualTo(1);
    assertThat(both.projectCode()).isEqualTo("GZ02");
    assertThat(both.gateCode()).isEqualTo("DESIGN_PLANNING");
    assertThat(times.of(TENANT, march, new ProcessTimes.Scope("SZ01", null)).steps()).isEmpty();
  }

  @Test
  void percentilesByNearestRank() {
    assertThat(ProcessTimes.percentile(List.of(), 50)).isNull();
    assertThat(ProcessTimes.percentile(List.of(5L), 90)).isEqualTo(5L);
    assertThat(ProcessTimes.percentile(List.of(1L, 2L, 3L, 4L), 50)).isEqualTo(2L);
    assertThat(ProcessTimes.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9L);
    assertThat(ProcessTimes.hours(5_400_000L)).isEqualTo(1.5);
  }
}
