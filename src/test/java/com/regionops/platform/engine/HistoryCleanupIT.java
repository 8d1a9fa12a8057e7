package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.RegionOpsIT;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History stays flat: Camunda's cleanup job is scheduled, in the night window in China, and removes
 * by each definition's time to live (issue 11, docs/scaling.md).
 */
@RegionOpsIT
class HistoryCleanupIT {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Autowired
  HistoryService historyService;

  @Autowired
  ProcessEngineConfiguration configuration;

  @Test
  void theCleanupJobIsScheduledInsideTheNightWindowInChina() {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) configuration;
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0800");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0800");
    // by end time: a process end stamps no removal time on its history (HistoryCleanupByEndTimeTest)
    assertThat(engine.getHistoryCleanupStrategy()).isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
    assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);

    List<Job> jobs = historyService.findHistoryCleanupJobs();
    assertThat(jobs).isNotEmpty();
    for (Job job : jobs) {
      LocalTime due = job.getDuedate().toInstant().atZone(CHINA).toLocalTime();
      assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
    }
  }
}
