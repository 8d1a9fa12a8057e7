package com.regionops.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the demo's 知识库 holds, as README's demo section tells it. */
@RegionOpsIT
class KnowledgeDemoFactsIT {

  @LocalServerPort
  int port;

  @Test
  void thirtyPublishedEntriesThreeTemplatesPerGateAndSz01sLessonInReview() {
    Http http = new Http(port);
    JsonNode all = http.get("groupops", "/api/v1/knowledge?limit=100").json();
    Map<String, Integer> kinds = new HashMap<>();
    all.forEach(e -> kinds.merge(e.get("kind").asText(), 1, Integer::sum));
    assertThat(kinds.get("TEMPLATE")).isEqualTo(30);
    assertThat(all.size() - kinds.get("TEMPLATE")).as("entries besides the templates").isGreaterThanOrEqualTo(30);
    assertThat(kinds).containsKeys("LESSON", "PRACTICE", "GUIDE", "POLICY");
    for (JsonNode gate : http.get("groupops", "/api/v1/gates").json()) {
      JsonNode templates = http.get("ops.east", "/api/v1/knowledge?kind=TEMPLATE&gate=" + gate.get("code").asText()).json();
      assertThat(templates).as(gate.get("code").asText()).hasSize(3);
    }
    JsonNode southReviews = http.get("ops.south", "/engine-rest/task?processDefinitionKey=knowledge-review").json();
    assertThat(southReviews).as("SZ01's 开盘后评估会 lesson waits for region-ops").hasSize(1);
    assertThat(southReviews.get(0).get("name").asText()).contains("SZ01 首开定价偏保守");
    JsonNode working = http.get("ops.south", "/api/v1/knowledge/working").json();
    assertThat(working).anyMatch(w -> w.get("status").asText().equals("IN_REVIEW")
        && w.get("projectCode").asText().equals("SZ01"));
    JsonNode targets = http.get("ops.east", "/api/v1/regions/EAST/knowledge-targets").json();
    assertThat(targets.get("rows")).anyMatch(r -> r.get("ownerCode").asText().equals("NJ01") && r.get("target").asInt() == 2);
  }
}
