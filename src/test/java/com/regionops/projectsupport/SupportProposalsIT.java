package com.regionops.projectsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 帮扶建议 over HTTP: the region's own users read them, from the same facts the board shows. */
@RegionOpsIT
class SupportProposalsIT {

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aProjectRedInBothOfTheLastTwoChecksIsProposedForOnSiteSupport() {
    // the demo's last two checks: which SOUTH projects had a RED node in both
    JsonNode checks = http.get("ops.south", "/api/v1/risk/checks").json();
    java.util.List<String> periods = new java.util.ArrayList<>();
    checks.forEach(c -> {
      if (c.get("regionCode").asText().equals("SOUTH") && c.hasNonNull("finishedAt")) {
        periods.add(c.get("periodDate").asText());
      }
    });
    periods.sort(java.util.Comparator.reverseOrder());
    Map<String, Integer> redIn = new HashMap<>();
    for (String period : periods.subList(0, Math.min(2, periods.size()))) {
      JsonNode counts = http.get("ops.south", "/api/v1/risk/checks/" + period + "?regionCode=SOUTH").json()
          .get("countsByProject");
      counts.fieldNames().forEachRemaining(p -> {
        if (counts.get(p).path("RED").asInt(0) > 0) {
          redIn.merge(p, 1, Integer::sum);
        }
      });
    }
    JsonNode proposals = http.get("president.south", "/api/v1/regions/SOUTH/support-proposals").json();
    Map<String, JsonNode> byProject = new HashMap<>();
    proposals.forEach(p -> byProject.put(p.get("projectCode").asText(), p));
    redIn.forEach((project, times) -> {
      if (times == 2) {
        assertThat(byProject).as(project + " was red twice in a row").containsKey(project);
        assertThat(byProject.get(project).get("mode").asText()).isEqualTo("ON_SITE");
        assertThat(byProject.get(project).get("redChecks").asInt()).isEqualTo(2);
      }
    });
    assertThat(redIn.values()).as("the demo's checks found a project red twice in a row").contains(2);
    proposals.forEach(p -> assertThat(p.get("reason").asText()).endsWith("帮扶"));

    assertThat(http.get("office.gz01", "/api/v1/regions/SOUTH/support-proposals").status()).isEqualTo(404);
    assertThat(http.get("ops.east", "/api/v1/regions/SOUTH/support-proposals").status()).isEqualTo(404);
  }
}
