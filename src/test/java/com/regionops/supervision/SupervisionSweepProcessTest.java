package com.regionops.supervision;

import static com.regionops.supervision.SupervisionSweepProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.ProjectTenantIdProvider;
import com.regionops.support.PlainEngine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

/** The daily colour sweep: 08:00 China time, the day's date to the sweep, retried when it fails, no region's. */
@Deployment(resources = "processes/supervision-sweep.bpmn")
class SupervisionSweepProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  ProcessEngine engine;
  ManagementService management;
  SupervisionService supervision;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    management = engine.getManagementService();
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2027, 6, 15, 10, 0)));
    supervision = mock(SupervisionService.class);
    Mocks.register("supervisionSchedule", new SupervisionSchedule(SupervisionSchedule.DEFAULT_CYCLE));
    Mocks.register("updateSupervisionColorsDelegate", new UpdateSupervisionColorsDelegate(supervision));
    configuration().setTenantIdProvider(new ProjectTenantIdProvider(project -> null));
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @AfterEach
  void tearDown() {
    configuration().setTenantIdProvider(null);
    Mocks.reset();
    ClockUtil.reset();
  }

  Job timer() {
    return management.createJobQuery().activityId(START_DAILY).timers().singleResult();
  }

  ProcessInstance fireTimer() {
    Job timer = timer();
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .singleResult();
    Assertions.assertThat(pi).as("the timer started the sweep").isNotNull();
    return pi;
  }

  @Test
  void everyMorningAtEightTheDaysColoursAreSwept() {
    Assertions.assertThat(timer().getDuedate()).as("08:00 China time, the next morning")
        .isEqualTo(EngineTime.toDate(LocalDateTime.of(2027, 6, 16, 8, 0)));

    ProcessInstance pi = fireTimer();
    assertThat(pi).isWaitingAt(TASK_UPDATE);
    verify(supervision, never()).sweep(org.mockito.ArgumentMatchers.any());
    execute(job(pi));

    assertThat(pi).isEnded().hasPassedInOrder(START_DAILY, TASK_UPDATE, END_UPDATED);
    verify(supervision).sweep(LocalDate.of(2027, 6, 16));
    Assertions.assertThat(timer().getDuedate()).as("and again a day later")
        .isEqualTo(EngineTime.toDate(LocalDateTime.of(2027, 6, 17, 8, 0)));
    Assertions.assertThat(pi.getTenantId()).as("one sweep for all regions, without a user task")
        .isEqualTo(ProjectTenantIdProvider.PLATFORM);
  }

  @Test
  void aFailedSweepIsRetriedFiveTimesAMinuteApart() {
    doThrow(new IllegalStateException("database away")).when(supervision).sweep(LocalDate.of(2027, 6, 16));
    ProcessInstance pi = fireTimer();
    Job job = job(pi);
    Date failedAt = ClockUtil.getCurrentTime();

    Assertions.assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("database away");

    Job retry = management.createJobQuery().jobId(job.getId()).singleResult();
    Assertions.assertThat(retry.getRetries()).as("R5: four left after the first failure").isEqualTo(4);
    Assertions.assertThat(retry.getDuedate()).isEqualTo(new Date(failedAt.getTime() + 60_000));
    assertThat(pi).isWaitingAt(TASK_UPDATE);
  }
}
