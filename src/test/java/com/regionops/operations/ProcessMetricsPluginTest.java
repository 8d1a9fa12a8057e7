package com.regionops.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counters move on commit only, per process key. */
class ProcessMetricsPluginTest {

  static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();
  static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:process-metrics;DB_CLOSE_DELAY=-1")
        .setProcessEngineName("process-metrics")
        .setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new ProcessMetricsPlugin(REGISTRY)));
    engine = configuration.buildProcessEngine();
    BpmnModelInstance approval = Bpmn.createExecutableProcess("metrics-approval").camundaHistoryTimeToLive(1)
        .startEvent().userTask("UserTask_Approve").endEvent().done();
    BpmnModelInstance failing = Bpmn.createExecutableProcess("metrics-failing").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask().camundaExpression("${missing.call()}").endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("approval.bpmn", approval)
        .addModelInstance("failing.bpmn", failing).deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  static double count(String name, String key) {
    Counter counter = REGISTRY.find(name).tag(ProcessMetricsPlugin.KEY_TAG, key).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void countsStartsAndEndsPerKey() {
    engine.getRuntimeService().startProcessInstanceByKey("metrics-approval");
    engine.getRuntimeService().startProcessInstanceByKey("metrics-approval");
    assertThat(count(ProcessMetricsPlugin.STARTED, "metrics-approval")).isEqualTo(2);
    assertThat(count(ProcessMetricsPlugin.ENDED, "metrics-approval")).isZero();

    String task = engine.getTaskService().createTaskQuery().list().get(0).getId();
    engine.getTaskService().complete(task);
    assertThat(count(ProcessMetricsPlugin.ENDED, "metrics-approval")).isEqualTo(1);
  }

  @Test
  void aStartThatIsRolledBackIsNotCounted() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("metrics-failing", Map.of()))
        .hasMessageContaining("missing");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("metrics-failing").count())
        .isZero();
    assertThat(count(ProcessMetricsPlugin.STARTED, "metrics-failing")).isZero();
  }
}
