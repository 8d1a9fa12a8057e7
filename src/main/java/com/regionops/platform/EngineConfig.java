package com.regionops.platform;

import com.regionops.org.ProjectMapper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration
class EngineConfig {

  /** Tenants come from our project table; the mapper is looked up lazily to keep engine start independent of it. */
  @Bean
  ProcessEnginePlugin regionTenantPlugin(@Lazy ProjectMapper projects) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new ProjectTenantIdProvider(projects::findRegionCode));
        configuration.setResourceAuthorizationProvider(new RegionWideTaskReads());
      }
    };
  }

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

  @Bean
  ProcessEnginePlugin taskPresentationPlugin() {
    return new TaskPresentationPlugin();
  }

  @Bean
  ProcessEnginePlugin lazyEntityIdMessages() {
    return new LazyEntityIdMessages();
  }

  @Bean
  ProcessEnginePlugin engineIndexes() {
    return new EngineIndexes();
  }
}
