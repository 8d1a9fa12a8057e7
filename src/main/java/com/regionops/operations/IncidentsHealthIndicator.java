package com.regionops.operations;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Open incidents as a health detail. They stay UP: an incident is a business case waiting for an
 * administrator in Cockpit, not a reason for a load balancer to take the node out.
 */
public class IncidentsHealthIndicator implements HealthIndicator {

  private final RuntimeService runtime;

  public IncidentsHealthIndicator(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public Health health() {
    return Health.up().withDetail("open", runtime.createIncidentQuery().count()).build();
  }
}
