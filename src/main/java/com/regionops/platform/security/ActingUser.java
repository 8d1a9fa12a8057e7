package com.regionops.platform.security;

import com.regionops.platform.web.InputRejectedException;
import java.util.Set;
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

  /** The person acting, with their groups and tenants; null for a job or the application itself. */
  public static ApiUser person(ProcessEngineServices services) {
    Authentication current = services.getIdentityService().getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return null;
    }
    return new ApiUser(current.getUserId(),
        current.getGroupIds() == null ? Set.of() : Set.copyOf(current.getGroupIds()),
        current.getTenantIds() == null ? Set.of() : Set.copyOf(current.getTenantIds()));
  }

  /**
   * Work that only a timer starts (one instance per region): a person starting it over engine REST
   * is refused, so the regions are started one by one by those who keep them.
   */
  public static void requireScheduler(ProcessEngineServices services, String what) {
    if (person(services) != null) {
      throw new InputRejectedException(403, "startEvent", what + "由定时任务发起；请按区域发起");
    }
  }
}
