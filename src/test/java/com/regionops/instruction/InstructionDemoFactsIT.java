package com.regionops.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo's 上传下达 as its users find it: every state and colour, a refused and an approved extension. */
@RegionOpsIT
class InstructionDemoFactsIT {

  @LocalServerPort
  int port;

  JsonNode copy(JsonNode copies, String title, String region, String project) {
    List<JsonNode> found = new ArrayList<>();
    Predicate<JsonNode> match = c -> c.get("title").asText().equals(title) && c.get("regionCode").asText().equals(region)
        && (project == null ? !c.hasNonNull("projectCode") : c.hasNonNull("projectCode")
            && c.get("projectCode").asText().equals(project));
    copies.forEach(c -> {
      if (match.test(c)) {
        found.add(c);
      }
    });
    assertThat(found).as(title + " " + region + " " + project).hasSize(1);
    return found.get(0);
  }

  static String color(JsonNode copy) {
    return copy.hasNonNull("color") ? copy.get("color").asText() : null;
  }

  @Test
  void everyStateAndColourIsThere() {
    Http http = new Http(port);
    JsonNode all = http.get("groupops", "/api/v1/instructions").json();
    String review = "落实四季度供货与回款专项部署";
    JsonNode southReview = copy(all, review, "SOUTH", null);
    assertThat(southReview.get("status").asText()).isEqualTo("RELAYED");
    assertThat(color(southReview)).as("the region's answer is due in three days").isEqualTo("BLUE");
    assertThat(southReview.get("sourceMeeting").asText()).isEqualTo("集团2026年第三季度经营分析会");
    assertThat(copy(all, review, "SOUTH", "GZ01").get("status").asText()).isEqualTo("CLOSED");
    JsonNode gz02 = copy(all, review, "SOUTH", "GZ02");
    assertThat(gz02.get("status").asText()).isEqualTo("RETURNED");
    assertThat(color(gz02)).as("returned once and two days late").isEqualTo("YELLOW");
    JsonNode sz01 = copy(all, review, "SOUTH", "SZ01");
    assertThat(sz01.get("extendedDeadline").asText()).as("extension approved").isNotBlank();
    assertThat(color(sz01)).isEqualTo("BLUE");
    JsonNode east = copy(all, review, "EAST", null);
    assertThat(east.get("status").asText()).isEqualTo("ANSWERED");
    assertThat(color(east)).as("waiting for group-ops, not the region").isNull();

    String policy = "学习集团运营管理制度（2026版）";
    assertThat(copy(all, policy, "SOUTH", null).get("status").asText()).isEqualTo("CLOSED");
    JsonNode eastUnacknowledged = copy(all, policy, "EAST", null);
    assertThat(eastUnacknowledged.get("status").asText()).isEqualTo("ISSUED");
    assertThat(color(eastUnacknowledged)).isEqualTo("RED");

    JsonNode safety = copy(all, "开展安全生产月自查", "SOUTH", "GZ02");
    assertThat(color(safety)).as("ten days late").isEqualTo("RED");
    JsonNode detail = http.get("office.gz02", "/api/v1/instructions/" + safety.get("instructionId").asLong()).json();
    assertThat(detail.get("extensions").get(safety.get("id").asText()).get(0).get("status").asText())
        .isEqualTo("REFUSED");
    assertThat(copy(all, "报送2027年经营计划初稿", "SOUTH", "SZ01").get("status").asText()).isEqualTo("ISSUED");

    JsonNode red = http.get("ops.south", "/api/v1/instructions?color=RED").json();
    assertThat(red).extracting(c -> c.get("title").asText()).containsOnly("开展安全生产月自查");
    JsonNode report = http.get("ops.south", "/api/v1/regions/SOUTH/supervision").json();
    JsonNode gz02Line = null;
    for (JsonNode line : report.get("projects")) {
      gz02Line = line.get("projectCode").asText().equals("GZ02") ? line : gz02Line;
    }
    assertThat(gz02Line.get("red").asInt()).as("the 安全生产月自查 copy, and GZ02's overdue 整改").isPositive();
    assertThat(gz02Line.get("yellow").asInt()).isPositive();
  }
}
