package com.regionops.platform.guard;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers this package's guards with the engine, and the strict date reading with engine REST. */
@Configuration
class GuardConfig {

  @Bean
  ProcessEnginePlugin adhocOrQueryGuard() {
    return new AdhocOrQueryGuard();
  }

  @Bean
  ProcessEnginePlugin startInstructionsGuard() {
    return new StartInstructionsGuard();
  }

  @Bean
  ProcessEnginePlugin taskCompletionLock() {
    return new TaskCompletionLock();
  }

  @Bean
  ProcessEnginePlugin serializedObjectGuard() {
    return new SerializedObjectGuard();
  }

  /** Date variables sent to engine REST are read strictly before Camunda reads them leniently. */
  @Bean
  FilterRegistrationBean<StrictDateVariables> strictDateVariables() {
    FilterRegistrationBean<StrictDateVariables> registration = new FilterRegistrationBean<>(new StrictDateVariables());
    registration.setName("strict-date-variables");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
