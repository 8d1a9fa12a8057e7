package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.RegionOpsIT;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What EngineConfig's plugins leave in the app's engine as Spring Boot configures it. */
@RegionOpsIT
class EngineConfigIT {

  @Autowired
  ProcessEngine engine;

  /** Runs after Spring Boot's generic properties have turned the legacy dialect on, so it applies. */
  @Test
  void decisionsInProcessesUseTheLegacyFeelEngineWithItsCaches() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isDmnFeelEnableLegacyBehavior()).isTrue();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory())
        .isInstanceOf(LegacyFeelEngineFactory.class);
  }
}
