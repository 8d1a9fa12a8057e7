package com.regionops.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RegionOpsIT
class ProjectApiIT {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Map<String, Object> project(String code, String name, String region) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("regionCode", region);
    body.put("city", "佛山");
    body.put("companyName", "佛山顺德置业有限公司");
    return body;
  }

  @Test
  void regionOpsCreatesAProjectWithItsOfficeGroup() {
    Http.Response created = http.post("ops.south", "/api/v1/projects", project("FS01", "佛山顺德·𠀀湾府😀", "SOUTH"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("name").asText()).isEqualTo("佛山顺德·𠀀湾府😀");
    assertThat(created.json().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(identityService.createGroupQuery().groupId("office-FS01").singleResult()).isNotNull();
    assertThat(http.get("ops.south", "/api/v1/projects/FS01").json().get("companyName").asText())
        .isEqualTo("佛山顺德置业有限公司");
    assertThat(http.get("ops.east", "/api/v1/projects/FS01").status()).isEqualTo(404);
  }

  @Test
  void invalidProjectIsRefusedNamingEveryFieldAndNothingIsWritten() {
    Map<String, Object> body = project("fs-2", " ", "SOUTH");

    Http.Response refused = http.post("ops.south", "/api/v1/projects", body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonNode problem = refused.json();
    assertThat(problem.get("field").asText()).isEqualTo("code");
    assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("code", "name");
    assertThat(http.get("ops.south", "/api/v1/projects/fs-2").status()).isEqualTo(404);
  }

  @Test
  void unknownRegionDuplicateCodeAndUnknownFieldsAreClientErrors() {
    Http.Response unknownRegion = http.post("ops.south", "/api/v1/projects", project("FS03", "项目", "NOWHERE"));
    Http.Response duplicate = http.post("ops.south", "/api/v1/projects", project("GZ01", "重复", "SOUTH"));
    Http.Response unknownField = http.post("ops.south", "/api/v1/projects",
        "{\"code\":\"FS04\",\"name\":\"x\",\"regionCode\":\"SOUTH\",\"budget\":1}");
    Http.Response notJson = http.post("ops.south", "/api/v1/projects", "{not json");

    assertThat(unknownRegion.status()).isEqualTo(400);
    assertThat(unknownRegion.json().get("field").asText()).isEqualTo("regionCode");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("field").asText()).isEqualTo("code");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.json().get("field").asText()).isEqualTo("budget");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.contentType()).startsWith("application/problem+json");
  }

  @Test
  void updateKeepsCodeAndRegion() {
    http.post("ops.east", "/api/v1/projects", project("WX01", "无锡·太湖府", "EAST"));
    Map<String, Object> renamed = project("WX01", "无锡·太湖府二期", "EAST");
    Map<String, Object> moved = project("WX01", "无锡·太湖府", "SOUTH");

    Http.Response updated = http.put("ops.east", "/api/v1/projects/WX01", renamed);
    Http.Response refused = http.put("ops.east", "/api/v1/projects/WX01", moved);

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("name").asText()).isEqualTo("无锡·太湖府二期");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("regionCode");
    assertThat(http.get("ops.east", "/api/v1/projects/WX01").json().get("regionCode").asText()).isEqualTo("EAST");
  }

  @Test
  void regionsAreListedForTheirUsersAndCreatedOnlyByAdmin() {
    assertThat(http.get("ops.south", "/api/v1/regions").json()).extracting(r -> r.get("code").asText())
        .containsExactly("SOUTH");
    Http.Response created = http.post("admin", "/api/v1/regions", Map.of("code", "NORTH", "name", "华北区域"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(identityService.createTenantQuery().tenantId("NORTH").singleResult().getName()).isEqualTo("华北区域");
    assertThat(http.post("admin", "/api/v1/regions", Map.of("code", "north!", "name", "x")).status()).isEqualTo(400);
  }
}
