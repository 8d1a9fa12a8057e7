package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.RegionOpsApplication;
import com.regionops.platform.security.Groups;
import com.regionops.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whole-application starts on a file database: restarts, first start without demo data. */
class StartupIT {

  @TempDir
  Path dir;

  record Snapshot(long deployments, long processDefinitions, long decisions, long projects, long planNodes,
      long certificates, long users) {
  }

  @Test
  void everyModelFileIsDeployedAndARestartDeploysNothingNewNorSeedsTwice() throws IOException {
    String url = h2(dir.resolve("restart"));
    Snapshot first;
    try (ConfigurableApplicationContext app = start(url, "demo")) {
      first = snapshot(app);
      assertThat(deployedResources(app)).containsExactlyInAnyOrderElementsOf(modelFiles());
      assertThat(first.projects()).isGreaterThanOrEqualTo(6);
      assertThat(first.planNodes()).isGreaterThanOrEqualTo(6 * 30);
    }
    try (ConfigurableApplicationContext app = start(url, "demo")) {
      assertThat(snapshot(app)).isEqualTo(first);
    }
  }

  @Test
  void theRunningAppReportsItsDatabaseEngineAndJobExecutorHealthyToTheAdministrator() {
    try (ConfigurableApplicationContext app = start(h2(dir.resolve("health")), "demo", true)) {
      Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
      JsonNode components = http.get("admin", "/actuator/health").json().get("components");
      assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("incidents").get("details").get("open").asInt()).isZero();
    }
  }

  @Test
  void withoutDemoDataAndWithoutAnAdministratorTheAppRefusesToStart() {
    String url = h2(dir.resolve("bare"));

    assertThatThrownBy(() -> start(url, "production").close())
        .hasStackTraceContaining("REGIONOPS_ADMIN_USER");
  }

  @Test
  void theFirstAdministratorComesFromConfigurationAndNoDemoUsersExist() {
    String url = h2(dir.resolve("configured"));

    try (ConfigurableApplicationContext app = start(url, "production", "--regionops.admin.id=chief",
        "--regionops.admin.password=change-me-now")) {
      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("chief", "change-me-now")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
          .extracting(u -> u.getId()).containsExactly("chief");
      assertThat(identity.createUserQuery().userId("ops.south").count()).isZero();
      assertThat(identity.createGroupQuery().groupId(Groups.REGION_OPS).count()).isEqualTo(1);
      assertThat(count(app, "ro_project")).isZero();
      assertThat(count(app, "ro_gate_definition")).isEqualTo(10);
    }
  }

  static String h2(Path file) {
    return "jdbc:h2:file:" + file.toAbsolutePath() + "/regionops;MODE=MySQL";
  }

  static ConfigurableApplicationContext start(String url, String profile, String... args) {
    return start(url, profile, false, args);
  }

  static ConfigurableApplicationContext start(String url, String profile, boolean jobExecution, String... args) {
    List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.profiles.active=" + profile,
        "--camunda.bpm.job-execution.enabled=" + jobExecution, "--camunda.bpm.generate-unique-process-engine-name=true",
        "--server.port=0"));
    all.addAll(List.of(args));
    return new SpringApplicationBuilder(RegionOpsApplication.class).run(all.toArray(String[]::new));
  }

  static Snapshot snapshot(ConfigurableApplicationContext app) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    RepositoryService repository = engine.getRepositoryService();
    return new Snapshot(repository.createDeploymentQuery().count(), repository.createProcessDefinitionQuery().count(),
        repository.createDecisionDefinitionQuery().count(), count(app, "ro_project"), count(app, "ro_plan_node"),
        count(app, "ro_certificate"), engine.getIdentityService().createUserQuery().count());
  }

  static List<String> deployedResources(ConfigurableApplicationContext app) {
    RepositoryService repository = app.getBean(ProcessEngine.class).getRepositoryService();
    Deployment latest = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    if (latest == null) {
      return List.of();
    }
    return repository.getDeploymentResources(latest.getId()).stream().map(Resource::getName).toList();
  }

  /** What the repository holds in processes/, dmn/ and forms/, as deployment resource names. */
  static List<String> modelFiles() throws IOException {
    List<String> files = new ArrayList<>();
    for (String folder : List.of("processes", "dmn", "forms")) {
      Path path = Path.of(folder);
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.map(p -> folder + "/" + p.getFileName())
              .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form")).forEach(files::add);
        }
      }
    }
    return files;
  }

  static long count(ConfigurableApplicationContext app, String table) {
    return app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
