package com.regionops.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RegionOpsIT
class GateApiIT {

  @LocalServerPort
  int port;

  @Test
  void catalogueListsTheTenGatesWithMaterialsPredecessorsAndFunctions() {
    Http http = new Http(port);

    JsonNode gates = http.get("office.gz01", "/api/v1/gates").json();

    assertThat(gates).hasSize(10);
    JsonNode permit = gates.get(2);
    assertThat(permit.get("code").asText()).isEqualTo("PERMIT_PLANNING");
    assertThat(permit.get("name").asText()).isEqualTo("报建策划会");
    assertThat(permit.get("predecessors")).extracting(JsonNode::asText)
        .containsExactly("PROJECT_KICKOFF", "DESIGN_PLANNING");
    assertThat(permit.get("materials")).extracting(m -> m.get("name").asText()).contains("报批报建路径图", "报建计划");
    assertThat(gates.get(0).get("materials")).filteredOn(m -> !m.get("mandatory").asBoolean())
        .extracting(m -> m.get("name").asText()).containsExactly("项目团队组建方案");
    assertThat(permit.get("attendingFunctions")).extracting(JsonNode::asText).contains("fn-design");
    assertThat(http.get("office.gz01", "/api/v1/gates/OPENING_PLANNING").json().get("name").asText())
        .isEqualTo("开盘策划会");
    assertThat(http.get("office.gz01", "/api/v1/gates/NOPE").status()).isEqualTo(404);
  }
}
