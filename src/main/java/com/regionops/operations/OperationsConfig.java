package com.regionops.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;

/** Health, metrics and who may read them (README, "Operations"). */
@Configuration
class OperationsConfig {

  @Bean
  FilterRegistrationBean<OperationsAccessFilter> operationsAccess(IdentityService identityService) {
    FilterRegistrationBean<OperationsAccessFilter> registration =
        new FilterRegistrationBean<>(new OperationsAccessFilter(identityService));
    registration.setName("operations-access");
    registration.addUrlPatterns("/actuator/*", "/actuator");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  ProcessEnginePlugin processMetricsPlugin(@Lazy MeterRegistry registry) {
    return new ProcessMetricsPlugin(registry);
  }

  @Bean
  EngineMetrics engineMetrics(RuntimeService runtime, ManagementService management) {
    return new EngineMetrics(runtime, management);
  }

  @Bean
  IncidentsHealthIndicator incidentsHealthIndicator(RuntimeService runtime) {
    return new IncidentsHealthIndicator(runtime);
  }
}
