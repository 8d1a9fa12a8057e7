package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.support.PlainEngine;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectTenantIdProviderTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  static final Map<String, String> REGIONS = Map.of("GZ01", "SOUTH", "GZ02", "SOUTH", "SH01", "EAST");

  ProcessEngine engine;
  String deployment;

  @BeforeEach
  void deployProcesses() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.setTenantIdProvider(new ProjectTenantIdProvider(REGIONS::get));
    BpmnModelInstance child = Bpmn.createExecutableProcess("child").camundaHistoryTimeToLive(1)
        .startEvent().userTask("wait").endEvent().done();
    BpmnModelInstance parent = Bpmn.createExecutableProcess("parent").camundaHistoryTimeToLive(1)
        .startEvent().callActivity("call").calledElement("child").endEvent().done();
    deployment = engine.getRepositoryService().createDeployment()
        .addModelInstance("child.bpmn", child).addModelInstance("parent.bpmn", parent).deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    engine.getIdentityService().clearAuthentication();
    engine.getRepositoryService().deleteDeployment(deployment, true);
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).setTenantIdProvider(null);
  }

  @Test
  void instanceTakesTheRegionOfItsProjectAndCalledProcessesInheritIt() {
    ProcessInstance parent = start("parent", Map.of("projectCode", "SH01"));

    ProcessInstance child = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId()).singleResult();
    assertThat(parent.getTenantId()).isEqualTo("EAST");
    assertThat(child.getTenantId()).isEqualTo("EAST");
  }

  @Test
  void regionWideProcessesNameTheirRegionAndTheEnginesOwnStartsBelongToThePlatform() {
    assertThat(start("child", Map.of("regionCode", "SOUTH")).getTenantId()).isEqualTo("SOUTH");
    ProcessInstance platform = start("parent", Map.of());
    assertThat(platform.getTenantId()).isEqualTo(ProjectTenantIdProvider.PLATFORM);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(platform.getId())
        .singleResult().getTenantId()).as("called from it").isEqualTo(ProjectTenantIdProvider.PLATFORM);
  }

  @Test
  void unknownProjectIsRefused() {
    assertThatThrownBy(() -> start("child", Map.of("projectCode", "XX99")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("projectCode");
  }

  @Test
  void projectOfficeStartsOnlyForItsOwnProject() {
    engine.getIdentityService().setAuthentication("office.gz01", List.of("project-office", "office-GZ01"),
        List.of("SOUTH"));

    assertThat(start("child", Map.of("projectCode", "GZ01")).getTenantId()).isEqualTo("SOUTH");
    assertThatThrownBy(() -> start("child", Map.of("projectCode", "GZ02")))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("GZ02");
    assertThatThrownBy(() -> start("child", Map.of("regionCode", "SOUTH")))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void regionUsersStartOnlyInsideTheirRegion() {
    engine.getIdentityService().setAuthentication("ops.east", List.of("region-ops"), List.of("EAST"));

    assertThat(start("parent", Map.of("projectCode", "SH01")).getTenantId()).isEqualTo("EAST");
    assertThatThrownBy(() -> start("parent", Map.of("projectCode", "GZ01")))
        .isInstanceOf(AuthorizationException.class);
  }

  private ProcessInstance start(String key, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(key, variables);
  }
}
