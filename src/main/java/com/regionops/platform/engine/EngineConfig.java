package com.regionops.platform.engine;

import com.regionops.org.ProjectMapper;
import com.regionops.platform.security.OwnTaskReads;
import com.regionops.platform.security.RegionWideTaskReads;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The engine plugins of this package; guards and Tasklist presentation register their own. */
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

  /** Inboxes read without per-task rows, other task queries linear (issue 26); false only to compare in tests. */
  @Bean
  OwnTaskReads ownTaskReads(@Value("${regionops.security.own-task-reads:true}") boolean skipOwnTaskChecks) {
    return new OwnTaskReads(skipOwnTaskChecks);
  }

  @Bean
  ProcessEnginePlugin lazyEntityIdMessages() {
    return new LazyEntityIdMessages();
  }

  @Bean
  ProcessEnginePlugin legacyFeel() {
    return new LegacyFeelEngineFactory.Plugin();
  }

  @Bean
  ProcessEnginePlugin taskPagesIdsFirst() {
    return new TaskPagesIdsFirst();
  }

  @Bean
  ProcessEnginePlugin engineIndexes() {
    return new EngineIndexes();
  }
}
