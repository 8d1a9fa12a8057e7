package com.regionops.kpi;

import static com.regionops.kpi.KpiProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.engine.ProjectTenantIdProvider;
import com.regionops.support.PlainEngine;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
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
import org.mockito.InOrder;

/** The monthly KPI job: timer, the async snapshot of the previous month with retries, then the lock. */
@Deployment(resources = "processes/kpi-snapshot.bpmn")
class KpiSnapshotProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  /** Cron is read in the JVM's time zone. */
  static final ZoneId SERVER = ZoneId.of("Asia/Shanghai");

  ProcessEngine engine;
  ManagementService management;
  KpiService kpis;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    management = engine.getManagementService();
    ClockUtil.setCurrentTime(EngineTime.toDate(LocalDateTime.of(2027, 6, 15, 10, 0)));
    kpis = mock(KpiService.class);
    when(kpis.snapshot(YearMonth.of(2027, 6))).thenReturn(3);
    when(kpis.lock(YearMonth.of(2027, 7))).thenReturn(3);
    Mocks.register("kpiSchedule", new KpiSchedule(KpiSchedule.DEFAULT_CYCLE));
    Mocks.register("snapshotPreviousMonthDelegate", new SnapshotPreviousMonthDelegate(kpis));
    Mocks.register("lockCurrentMonthDelegate", new LockCurrentMonthDelegate(kpis));
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
    return management.createJobQuery().activityId(START_MONTHLY).singleResult();
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(SERVER).toInstant());
  }

  ProcessInstance fireTimer() {
    Job timer = timer();
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .singleResult();
    Assertions.assertThat(pi).as("the timer started the job").isNotNull();
    return pi;
  }

  @Test
  void onTheFirstOfTheMonthLastMonthIsSnapshottedAndTheNewMonthLocked() {
    Assertions.assertThat(timer().getDuedate()).as("09:00 on the first of the next month")
        .isEqualTo(at(2027, 7, 1, 9, 0));

    ProcessInstance pi = fireTimer();
    assertThat(pi).isWaitingAt(TASK_SNAPSHOT);
    verify(kpis, never()).snapshot(org.mockito.ArgumentMatchers.any());
    execute(job(pi));

    assertThat(pi).isEnded().hasPassedInOrder(START_MONTHLY, TASK_SNAPSHOT, TASK_LOCK, END_DONE)
        .variables().containsEntry(SNAPSHOT_PERIOD, "2027-06").containsEntry(LOCK_PERIOD, "2027-07")
        .containsEntry(SNAPSHOT_PROJECTS, 3).containsEntry(LOCKED_PROJECTS, 3);
    InOrder order = inOrder(kpis);
    order.verify(kpis).snapshot(YearMonth.of(2027, 6));
    order.verify(kpis).lock(YearMonth.of(2027, 7));
    Assertions.assertThat(timer().getDuedate()).as("and again a month later").isEqualTo(at(2027, 8, 1, 9, 0));
    Assertions.assertThat(pi.getTenantId()).as("one job for all regions, no region's user sees it")
        .isEqualTo(ProjectTenantIdProvider.PLATFORM);
  }

  @Test
  void aFailedSnapshotIsRetriedFiveTimesAMinuteApartAndLocksNothingMeanwhile() {
    doThrow(new IllegalStateException("database away")).when(kpis).snapshot(YearMonth.of(2027, 6));
    ProcessInstance pi = fireTimer();
    Job job = job(pi);
    Date failedAt = ClockUtil.getCurrentTime();

    Assertions.assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("database away");

    Job retry = management.createJobQuery().jobId(job.getId()).singleResult();
    Assertions.assertThat(retry.getRetries()).as("R5: four left after the first failure").isEqualTo(4);
    Assertions.assertThat(retry.getDuedate()).isEqualTo(new Date(failedAt.getTime() + 60_000));
    Assertions.assertThat(retry.getExceptionMessage()).contains("database away");
    assertThat(pi).isWaitingAt(TASK_SNAPSHOT);
    verify(kpis, never()).lock(org.mockito.ArgumentMatchers.any());
  }

  @Test
  void isAnInternalJobNotStartableInTasklist() {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .singleResult();
    Assertions.assertThat(definition.isStartableInTasklist()).isFalse();
    Assertions.assertThat(definition.getName()).isEqualTo("计划运营考核月度快照");
    Assertions.assertThat(definition.getHistoryTimeToLive()).isNotNull();
  }
}
