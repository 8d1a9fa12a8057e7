package com.regionops.platform.tasklist;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers how Tasklist presents every task with the engine. */
@Configuration
class TasklistConfig {

  @Bean
  ProcessEnginePlugin taskPresentationPlugin() {
    return new TaskPresentationPlugin();
  }
}
