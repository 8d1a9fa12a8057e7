package com.regionops.platform;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is completing a task or starting an instance; jobs and the application itself act as "system". */
public final class ActingUser {

  public static final String SYSTEM = "system";

  private ActingUser() {
  }

  public static String of(ProcessEngineServices services) {
    Authentication current = services.getIdentityService().getCurrentAuthentication();
    return current == null || current.getUserId() == null ? SYSTEM : current.getUserId();
  }
}
