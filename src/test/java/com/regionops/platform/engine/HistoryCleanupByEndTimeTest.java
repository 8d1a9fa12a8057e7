package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.PlainEngine;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cleanup the app runs with (application.yaml; camunda-test.cfg.xml the same): a process end stamps nothing on
 * its history, and the nightly job still removes an instance's history once its time to live (in days) has passed
 * since the day it ended, and leaves the history of one that has not ended.
 */
class HistoryCleanupByEndTimeTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final String KEY = "history-cleanup-probe";

  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anEndedInstanceGoesOneTimeToLiveAfterItsEndAndARunningOneStays() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent().userTask("UserTask_Wait").endEvent().done();
    String deployment = engine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn", model)
        .deploy().getId();
    try {
      ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 8, 9, 0)));
      String ended = engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
      String running = engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
      ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 10, 12, 0)));
      engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(ended)
          .singleResult().getId());
      HistoryService history = engine.getHistoryService();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended).singleResult().getRemovalTime())
          .as("the end writes no removal time").isNull();

      // two days after the start but the day it ended: the time to live counts from the end
      ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 10, 23, 0)));
      cleanUp();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended).count()).isEqualTo(1);

      // the engine counts calendar days (DATEDIFF): the day after the end is one day after it
      ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 11, 1, 0)));
      cleanUp();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended).count()).isZero();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ended).count()).isZero();
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(ended).count()).isZero();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(running).count())
          .as("a running instance's history stays, however old").isEqualTo(1);
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(running).count()).isEqualTo(1);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  private void cleanUp() {
    Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(job.getId());
  }

  /** The database compares dates in the JVM's zone, as the engine writes them. */
  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
