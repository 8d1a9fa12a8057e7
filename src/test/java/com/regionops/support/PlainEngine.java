package com.regionops.support;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The in-memory engine of process, DMN and deployer tests (camunda-test.cfg.xml). */
public final class PlainEngine {

  private PlainEngine() {
  }

  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().configurationResource("camunda-test.cfg.xml").build();
  }
}
