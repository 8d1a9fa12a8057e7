package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.PlainEngine;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ModelDeployerTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  ProcessEngine engine;

  @AfterEach
  void removeDeployments() {
    RepositoryService repository = engine.getRepositoryService();
    repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void modelsAreDeployedOnceUnderStableFolderRelativeNames() throws Exception {
    RepositoryService repository = engine.getRepositoryService();
    ModelDeployer deployer = new ModelDeployer(repository, "classpath*:deployer-fixture/");

    Deployment first = deployer.deploy();
    Deployment again = deployer.deploy();

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
    assertThat(again.getId()).isEqualTo(first.getId());
    assertThat(first.getName()).isEqualTo(ModelDeployer.DEPLOYMENT_NAME);
    assertThat(resourceNames(repository, first.getId()))
        .containsExactlyInAnyOrder("processes/fixture-process.bpmn", "forms/fixture-form.form");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("fixture-process").count()).isEqualTo(1);
  }

  @Test
  void aChangedModelRedeploysTheWholeSetSoFormsStayBesideTheirProcess() throws Exception {
    RepositoryService repository = engine.getRepositoryService();
    new ModelDeployer(repository, "classpath*:deployer-fixture/").deploy();

    Deployment changed = new ModelDeployer(repository, "classpath*:deployer-fixture-changed/").deploy();

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(2);
    assertThat(resourceNames(repository, changed.getId()))
        .containsExactlyInAnyOrder("processes/fixture-process.bpmn", "forms/fixture-form.form");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("fixture-process").latestVersion()
        .singleResult().getVersion()).isEqualTo(2);
    String processInstance = engine.getRuntimeService().startProcessInstanceByKey("fixture-process").getId();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(processInstance).singleResult().getId();
    try (java.io.InputStream form = engine.getFormService().getDeployedTaskForm(task)) {
      assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("fixture-form");
    }
  }

  @Test
  void noModelsMeansNoDeployment() throws Exception {
    RepositoryService repository = engine.getRepositoryService();

    assertThat(new ModelDeployer(repository, "classpath*:no-such-folder/").deploy()).isNull();
    assertThat(repository.createDeploymentQuery().count()).isZero();
  }

  private static List<String> resourceNames(RepositoryService repository, String deploymentId) {
    return repository.getDeploymentResources(deploymentId).stream().map(Resource::getName).toList();
  }
}
