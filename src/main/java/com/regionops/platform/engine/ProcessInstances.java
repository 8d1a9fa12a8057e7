package com.regionops.platform.engine;

import com.regionops.platform.security.SystemCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Whether a process instance still runs, asked as the application: a row that says "under review"
 * while its instance was cancelled in Cockpit must not block its region for good, and the user
 * asking may not be allowed to read instances.
 */
@Component
public class ProcessInstances {

  private final RuntimeService runtime;
  private final SystemCalls system;

  public ProcessInstances(RuntimeService runtime, SystemCalls system) {
    this.runtime = runtime;
    this.system = system;
  }

  public boolean running(String processInstanceId) {
    return processInstanceId != null && system.asSystem(
        () -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0);
  }
}
