package com.regionops.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;

/**
 * Engine state for Prometheus, read from the database when scraped: open incidents, the job
 * backlog (due, not yet acquired) and jobs that failed for good, and Camunda's own job-acquisition
 * counters. The latter are what the engine has reported to ACT_RU_METER_LOG, i.e. they lag by up
 * to its reporting interval (15 minutes by default) and sum over every node on the database.
 */
public class EngineMetrics implements MeterBinder {

  private final RuntimeService runtime;
  private final ManagementService management;

  public EngineMetrics(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("regionops.incidents.open", runtime, r -> r.createIncidentQuery().count())
        .description("Open incidents in the engine").register(registry);
    Gauge.builder("regionops.jobs.due", management, m -> m.createJobQuery().executable().active().count())
        .description("Jobs due and waiting to be acquired").register(registry);
    Gauge.builder("regionops.jobs.failed", management, m -> m.createJobQuery().noRetriesLeft().count())
        .description("Jobs out of retries (each is an incident)").register(registry);
    acquisition(registry, Metrics.JOB_ACQUISITION_ATTEMPT, "attempt");
    acquisition(registry, Metrics.JOB_ACQUIRED_SUCCESS, "acquired");
    acquisition(registry, Metrics.JOB_ACQUIRED_FAILURE, "failed");
  }

  private void acquisition(MeterRegistry registry, String camundaMetric, String outcome) {
    FunctionCounter.builder("regionops.jobs.acquisition", management,
            m -> m.createMetricsQuery().name(camundaMetric).sum())
        .tag("outcome", outcome).description("Camunda job acquisition as reported to the meter log")
        .register(registry);
  }
}
