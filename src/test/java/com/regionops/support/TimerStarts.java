package com.regionops.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * A timer start event that continues asynchronously (camunda:asyncAfter): the timer's job only
 * creates the instance, and the all-region work runs in a job of that instance, which has the
 * PLATFORM tenant, so no region's user reads its failure.
 */
public final class TimerStarts {

  private TimerStarts() {}

  /** The start event's next timer job. */
  public static Job timer(ManagementService management, String startEventId) {
    return management.createJobQuery().activityId(startEventId).timers().singleResult();
  }

  /** Runs the timer job, then the continuation it left; returns the continuation's tenant. */
  public static String fire(ManagementService management, Job timer) {
    String startEvent = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
        .singleResult().getActivityId();
    management.executeJob(timer.getId());
    Job continuation = management.createJobQuery().activityId(startEvent).messages().singleResult();
    assertThat(continuation).as("the all-region work waits in its own job").isNotNull();
    management.executeJob(continuation.getId());
    return continuation.getTenantId();
  }

  /**
   * Starts the process by key as region-ops of the region, which runs the timer's branch (every
   * region's work); returns the field the refusal names.
   */
  public static String startByKeyAsRegionOps(ProcessEngine engine, String processKey, String region) {
    engine.getIdentityService().setAuthentication("ops.test", List.of("region-ops"), List.of(region));
    try {
      return Rejections.rejectedField(() -> engine.getRuntimeService().startProcessInstanceByKey(processKey,
          Map.of("regionCode", region)));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
