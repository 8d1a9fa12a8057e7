package com.regionops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who sees and changes what, through HTTP as the demo users. */
@RegionOpsIT
class ApiSecurityIT {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @Autowired
  RepositoryService repositoryService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anonymousCallsAreRefusedWith401() {
    Http.Response api = http.send("GET", null, null, "/api/v1/projects", null);
    Http.Response engine = http.send("GET", null, null, "/engine-rest/process-definition", null);
    // Camunda delays a user's next login after a failure: use one no other test logs in as.
    Http.Response wrongPassword = http.send("GET", "design.south", "wrong", "/api/v1/projects", null);

    assertThat(api.status()).isEqualTo(401);
    assertThat(api.contentType()).startsWith("application/problem+json");
    assertThat(engine.status()).isEqualTo(401);
    assertThat(wrongPassword.status()).isEqualTo(401);
  }

  @Test
  void projectOfficeSeesItsOwnProjectAndNothingElse() {
    assertThat(codes(http.get("office.gz01", "/api/v1/projects"))).containsExactly("GZ01");
    assertThat(http.get("office.gz01", "/api/v1/projects/GZ01").status()).isEqualTo(200);
    assertThat(http.get("office.gz01", "/api/v1/projects/GZ02").status()).isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/projects/SH01").status()).isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/projects/GZ02/plan-nodes").status()).isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/projects/SH01/plan").status()).isEqualTo(404);
    assertThat(http.get("office.gz01", "/api/v1/certificates?projectCode=GZ02").status()).isEqualTo(404);

    JsonNode certificates = http.get("office.gz01", "/api/v1/certificates").json();
    assertThat(certificates).isNotEmpty();
    certificates.forEach(c -> assertThat(c.get("projectCode").asText()).isEqualTo("GZ01"));
    assertThat(http.get("office.gz01", "/api/v1/projects/GZ01/plan-nodes").json().size()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void regionUsersSeeOnlyTheirRegionAndGroupOpsSeesAll() {
    // other tests of this context add projects; what matters is whose region they are in
    assertThat(codes(http.get("ops.east", "/api/v1/projects"))).contains("HZ01", "NJ01", "SH01")
        .doesNotContain("GZ01", "GZ02", "SZ01");
    http.get("ops.east", "/api/v1/projects").json()
        .forEach(p -> assertThat(p.get("regionCode").asText()).isEqualTo("EAST"));
    assertThat(http.get("ops.east", "/api/v1/projects/GZ01").status()).isEqualTo(404);
    http.get("ops.east", "/api/v1/certificates").json()
        .forEach(c -> assertThat(c.get("regionCode").asText()).isEqualTo("EAST"));
    assertThat(codes(http.get("president.south", "/api/v1/projects"))).contains("GZ01", "GZ02", "SZ01")
        .doesNotContain("SH01", "HZ01", "NJ01");
    http.get("president.south", "/api/v1/projects").json()
        .forEach(p -> assertThat(p.get("regionCode").asText()).isEqualTo("SOUTH"));
    assertThat(codes(http.get("groupops", "/api/v1/projects")))
        .contains("GZ01", "GZ02", "SZ01", "SH01", "HZ01", "NJ01");
  }

  @Test
  void onlyRegionOpsOfTheRegionWritesMasterData() {
    Map<String, Object> project = Map.of("code", "GZ77", "name", "越权项目", "regionCode", "SOUTH");
    Map<String, Object> node = Map.of("nodeCode", "X1", "name", "越权节点", "nodeLevel", "L3", "category", "OTHER",
        "plannedFinish", "2027-01-01");
    Map<String, Object> certificate = Map.of("typeCode", "LAND_TITLE", "projectCode", "GZ01");

    assertThat(http.post("office.gz01", "/api/v1/projects", project).status()).isEqualTo(403);
    assertThat(http.put("office.gz01", "/api/v1/projects/GZ01/plan-nodes/X1", node).status()).isEqualTo(403);
    assertThat(http.put("office.gz01", "/api/v1/projects/GZ01/plan", Map.of("nodes", List.of())).status())
        .isEqualTo(403);
    assertThat(http.post("office.gz01", "/api/v1/certificates", certificate).status()).isEqualTo(403);
    assertThat(http.post("groupops", "/api/v1/projects", project).status()).isEqualTo(403);
    assertThat(http.post("ops.east", "/api/v1/projects", project).status()).isEqualTo(403);
    assertThat(http.post("ops.south", "/api/v1/regions", Map.of("code", "WEST", "name", "西部区域")).status())
        .isEqualTo(403);
    Http.Response reserved = http.post("admin", "/api/v1/regions", Map.of("code", "PLATFORM", "name", "平台区域"));
    assertThat(reserved.status()).as(reserved.toString()).isEqualTo(400);
    assertThat(reserved.json().get("field").asText()).isEqualTo("code");
    assertThat(http.get("admin", "/api/v1/regions").json()).extracting(r -> r.get("code").asText())
        .doesNotContain("PLATFORM");
    assertThat(http.get("ops.south", "/api/v1/projects/GZ77").status()).isEqualTo(404);
  }

  @Test
  void onlyAdminsCreateTasklistFilters() {
    Map<String, Object> filter = Map.of("resourceType", "Task", "name", "我的待办", "query", Map.of());

    Http.Response refused = http.post("ops.south", "/engine-rest/filter/create", filter);
    Http.Response created = http.post("admin", "/engine-rest/filter/create", filter);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(created.status()).isEqualTo(200);
    http.send("DELETE", "admin", "demo", "/engine-rest/filter/" + created.json().get("id").asText(), null);
  }

  @Test
  void engineRefusesExpressionsInAdHocQueriesAndJavaSerialization() {
    Http.Response response = http.get("ops.south", "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.raw()).containsIgnoringCase("expression");
    assertThat(engineConfiguration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
    assertThat(engineConfiguration.isTenantCheckEnabled()).isTrue();
  }

  @Test
  void tenantsOfTheEngineFollowTheRegions() {
    JsonNode tenants = http.get("ops.east", "/engine-rest/tenant?userMember=ops.east").json();

    assertThat(tenants).extracting(t -> t.get("id").asText()).containsExactly("EAST");
  }

  @Test
  void processStartsOverEngineRestAreBoundToTheStartersProjects() {
    String key = "security-probe";
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
      repositoryService.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
          .camundaHistoryTimeToLive(1).startEvent().userTask("wait").endEvent().done()).deploy();
    }
    String start = "/engine-rest/process-definition/key/" + key + "/start";

    Http.Response own = http.post("office.gz01", start, startBody("GZ01"));
    Http.Response neighbour = http.post("office.gz01", start, startBody("GZ02"));
    Http.Response otherRegion = http.post("ops.east", start, startBody("GZ01"));

    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.json().get("tenantId").asText()).isEqualTo("SOUTH");
    assertThat(neighbour.status()).as(neighbour.toString()).isEqualTo(403);
    assertThat(otherRegion.status()).as(otherRegion.toString()).isEqualTo(403);
    assertThat(http.get("ops.east", "/engine-rest/process-instance/" + own.json().get("id").asText()).status())
        .isEqualTo(404);
  }

  static Map<String, Object> startBody(String projectCode) {
    return Map.of("variables", Map.of("projectCode", Map.of("value", projectCode, "type", "String")));
  }

  static List<String> codes(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    response.json().forEach(p -> codes.add(p.get("code").asText()));
    return codes;
  }
}
