package com.regionops.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo's 制度宣贯 as its users find it: SOUTH's 计划运营管理办法 v2, its file, and who has acknowledged it. */
@RegionOpsIT
class PolicyDemoFactsIT {

  @LocalServerPort
  int port;

  @Test
  void aboutHalfOfSouthHasAcknowledgedTheRegionsPolicy() {
    Http http = new Http(port);
    JsonNode policy = null;
    for (JsonNode p : http.get("ops.south", "/api/v1/policies").json()) {
      policy = p.get("number").asText().equals("HN-YY-003") ? p : policy;
    }
    assertThat(policy).as("the demo policy").isNotNull();
    assertThat(policy.get("version").asInt()).isEqualTo(2);
    long id = policy.get("id").asLong();

    JsonNode rates = http.get("ops.south", "/api/v1/policies/" + id + "/acknowledgements").json();
    JsonNode overall = rates.get("overall");
    assertThat(overall.get("acknowledged").asInt()).as("region-ops, GZ01 and SZ01").isEqualTo(3);
    assertThat(overall.get("total").asInt()).as("and GZ02 and engineering have not").isEqualTo(5);
    JsonNode gz02 = http.get("office.gz02", "/api/v1/policies/" + id).json();
    assertThat(gz02.get("mine").get("status").asText()).isEqualTo("PENDING");
    assertThat(gz02.get("documents").get(0).get("fileName").asText()).isEqualTo("华南区域计划运营管理办法（第二版）.pdf");
    assertThat(http.get("ops.east", "/api/v1/policies/" + id).status()).as("another region's policy").isEqualTo(404);
  }
}
