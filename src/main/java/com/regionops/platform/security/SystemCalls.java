package com.regionops.platform.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the application rather than as the user of the request: for work the
 * application does on a user's behalf after it has checked the user's right itself (creating
 * a project's group, reading the deployed catalogue decision).
 */
@Component
public class SystemCalls {

  private final IdentityService identityService;

  public SystemCalls(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T asSystem(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public void asSystem(Runnable work) {
    asSystem(() -> {
      work.run();
      return null;
    });
  }
}
